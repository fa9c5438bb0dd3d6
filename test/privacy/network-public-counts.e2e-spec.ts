import { MembershipRole } from '../../src/common/enums/membership.enum';
import { HealthRegion } from '../../src/common/enums/health-region.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { createAccount } from '../support/factories/account.factory';
import { createMembership, createNetwork } from '../support/factories/network.factory';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * A network page's figures follow its public member list: a member whose profile is not
 * published (a draft, or one the editors hid) is neither listed, counted, nor shown as a
 * region's representative.
 */
describe('what a network page tells about members whose profiles are not published', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it.each([ProfileStatus.DRAFT, ProfileStatus.HIDDEN])(
    'leaves a region represented only by a %s profile among the regions without a representative',
    async (status) => {
      const network = await createNetwork(t.dataSource, { representsRegions: true });
      const visible = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
      const unseen = await createAccount(t, { profileStatus: status });
      await createMembership(t.dataSource, network, visible.researcher.id, {
        role: MembershipRole.LEADER,
        representingRegion: HealthRegion.WEST,
      });
      await createMembership(t.dataSource, network, unseen.researcher.id, {
        role: MembershipRole.LEADER,
        representingRegion: HealthRegion.NORTH,
      });
      const res = await t.gql<{ network: { memberCount: number; members: unknown[]; regionsWithoutRepresentative: string[] } }>(
        `query($s: String!) { network(slug: $s) { memberCount members { id } regionsWithoutRepresentative } }`,
        { s: network.slug },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.network.memberCount).toBe(1);
      expect(res.data!.network.members).toHaveLength(1);
      expect(res.data!.network.regionsWithoutRepresentative).toEqual([HealthRegion.NORTH, HealthRegion.CENTRAL, HealthRegion.SOUTH_EAST]);
    },
  );
});
