import { MembershipRole, MembershipStatus } from '../../src/common/enums/membership.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { HealthRegion } from '../../src/common/enums/health-region.enum';
import { SpeakerFormat } from '../../src/common/enums/speaker-format.enum';
import type { Network } from '../../src/network/network.entity';
import { createAccount } from '../support/factories/account.factory';
import { createMembership, createNetwork } from '../support/factories/network.factory';
import { createTestApp, TestApp } from '../support/test-app';

interface IntrospectedField {
  name: string;
  args: Array<{ name: string }>;
  type: { kind: string; ofType: { kind: string; ofType: { kind: string; ofType: { kind: string } | null } | null } | null };
}

/** The innermost kind of a (possibly wrapped) GraphQL type. */
function leafKind(type: IntrospectedField['type']): string {
  let t: { kind: string; ofType?: unknown } = type;
  while ((t.kind === 'NON_NULL' || t.kind === 'LIST') && t.ofType) t = t.ofType as typeof t;
  return t.kind;
}

/**
 * A network's deciders meet applicants whose profiles are not published (drafts, hidden ones)
 * through NetworkMembership.researcher. Whatever field of Researcher they ask for there, they
 * get the name and nothing else of the profile, and the answer does not fail.
 */
describe('an unpublished profile reached through a network membership', () => {
  let t: TestApp;
  let network: Network;
  let coordinator: string;
  let selection: string;

  beforeAll(async () => {
    t = await createTestApp();
    network = await createNetwork(t.dataSource);
    const c = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    await createMembership(t.dataSource, network, c.researcher.id, { role: MembershipRole.COORDINATOR });
    coordinator = c.token;
    // Every field of Researcher, as it stands in the schema: a field added later is covered too.
    const intro = await t.gql<{ __type: { fields: IntrospectedField[] } }>(
      `{ __type(name: "Researcher") { fields { name args { name } type { kind ofType { kind ofType { kind ofType { kind } } } } } } }`,
    );
    selection = intro.data!.__type.fields
      .map((f) => (['OBJECT', 'INTERFACE', 'UNION'].includes(leafKind(f.type)) ? `${f.name} { __typename }` : f.name))
      .join(' ');
  });
  afterAll(() => t?.close());

  const hiddenApplicant = async (status: ProfileStatus) => {
    const applicant = await createAccount(t, {
      profileStatus: status,
      profile: {
        givenName: 'Skjult',
        familyName: `Søker ${status}`,
        bio: 'Hemmelig bio.',
        mediaTopics: ['hemmelig medietema'],
        speakerTopics: ['hemmelig foredrag'],
        speakerFormats: [SpeakerFormat.DIGITAL],
        travelRegions: [HealthRegion.NORTH],
        courseLeader: true,
        website: 'https://hemmelig.example.no',
      },
    });
    await createMembership(t.dataSource, network, applicant.researcher.id, { status: MembershipStatus.PENDING });
    // A membership elsewhere and a publication picked for the public profile: both part of the profile.
    const elsewhere = await createNetwork(t.dataSource, { name: 'Hemmelig nettverk' });
    await createMembership(t.dataSource, elsewhere, applicant.researcher.id);
    await t.dataSource.query(
      `INSERT INTO publication (researcher_id, title, source, shown) VALUES ($1, 'Hemmelig artikkel', 'MANUAL', true)`,
      [applicant.researcher.id],
    );
    return applicant;
  };

  it.each([ProfileStatus.DRAFT, ProfileStatus.PENDING_REVIEW, ProfileStatus.HIDDEN])(
    'shows the deciders only the name of a %s profile, on every field, without failing',
    async (status) => {
      const applicant = await hiddenApplicant(status);
      const res = await t.gql<{ pendingApplications: Array<{ researcher: Record<string, unknown> }> }>(
        `query($n: String!) { pendingApplications(network: $n) { researcher { ${selection} } } }`,
        { n: network.slug },
        coordinator,
      );
      expect(res.errors).toBeUndefined();
      const seen = res.data!.pendingApplications.find((a) => a.researcher.id === applicant.researcher.id)!.researcher;
      expect(seen.fullName).toBe(`Skjult Søker ${status}`);
      expect(seen).toMatchObject({
        publications: [],
        memberships: [],
        mediaTopics: [],
        speakerTopics: [],
        speakerFormats: [],
        travelRegions: [],
        courseLeader: false,
        website: null,
        bio: null,
      });
      expect(JSON.stringify(seen)).not.toMatch(/[Hh]emmelig/);
    },
  );

  it('still shows the owner and the editors the whole profile through the same path', async () => {
    const applicant = await hiddenApplicant(ProfileStatus.HIDDEN);
    const editor = await createAccount(t, { role: Role.EDITOR });
    const query = `query($n: String!) { pendingApplications(network: $n) {
      researcher { id mediaTopics publications { title } memberships { network { name } } } } }`;
    const res = await t.gql<{ pendingApplications: Array<{ researcher: { id: string } & Record<string, unknown> }> }>(
      query, { n: network.slug }, editor.token);
    expect(res.errors).toBeUndefined();
    const seen = res.data!.pendingApplications.find((a) => a.researcher.id === applicant.researcher.id)!.researcher;
    expect(seen.mediaTopics).toEqual(['hemmelig medietema']);
    expect(seen.publications).toEqual([{ title: 'Hemmelig artikkel' }]);
    expect(seen.memberships).toEqual(expect.arrayContaining([{ network: { name: 'Hemmelig nettverk' } }]));

    const own = await t.gql<{ me: { profile: { memberships: Array<{ researcher: { publications: unknown[]; mediaTopics: string[] } }> } } }>(
      '{ me { profile { memberships { researcher { mediaTopics publications { title } } } } } }', {}, applicant.token);
    expect(own.errors).toBeUndefined();
    expect(own.data!.me.profile.memberships[0].researcher).toEqual({
      mediaTopics: ['hemmelig medietema'],
      publications: [{ title: 'Hemmelig artikkel' }],
    });
  });
});
