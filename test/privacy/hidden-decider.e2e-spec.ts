import { MembershipRole, MembershipStatus } from '../../src/common/enums/membership.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { createAccount } from '../support/factories/account.factory';
import { createMembership, createNetwork } from '../support/factories/network.factory';
import { createTestApp, TestApp } from '../support/test-app';

const DECIDE = `mutation($id: ID!) { decideMembership(id: $id, approve: true, note: "Velkommen") { id status } }`;
const CAN_DECIDE = `query($slug: String!) { network(slug: $slug) { viewerCanDecide } }`;
const MAILING_LIST = `query($n: String!) { networkMailingList(network: $n) }`;
const APPLY = `mutation($network: String!) { applyToNetwork(network: $network) { id status } }`;

/**
 * A coordinator whose profile the editors hid keeps the membership (history, unhiding) but
 * no power over others while hidden: no decisions, no member addresses, and the pages are told
 * so through `viewerCanDecide`. Unhiding gives it back.
 */
describe('a coordinator whose profile the editors hid', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('cannot decide, read the mailing list or see the admin tools until the profile is shown again', async () => {
    const network = await createNetwork(t.dataSource);
    const coordinator = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    await createMembership(t.dataSource, network, coordinator.researcher.id, { role: MembershipRole.COORDINATOR });
    const applicant = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    const application = await createMembership(t.dataSource, network, applicant.researcher.id, { status: MembershipStatus.PENDING });
    const setStatus = (status: ProfileStatus) =>
      t.dataSource.query(`UPDATE researcher SET status = $2 WHERE id = $1`, [coordinator.researcher.id, status]);

    await setStatus(ProfileStatus.HIDDEN);
    const refused = await t.gql(DECIDE, { id: application.id }, coordinator.token);
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [row] = await t.dataSource.query(`SELECT status FROM network_membership WHERE id = $1`, [application.id]);
    expect(row.status).toBe(MembershipStatus.PENDING);
    expect((await t.gql(MAILING_LIST, { n: network.slug }, coordinator.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(CAN_DECIDE, { slug: network.slug }, coordinator.token)).data).toEqual({ network: { viewerCanDecide: false } });

    await setStatus(ProfileStatus.PUBLISHED);
    expect((await t.gql(CAN_DECIDE, { slug: network.slug }, coordinator.token)).data).toEqual({ network: { viewerCanDecide: true } });
    const decided = await t.gql(DECIDE, { id: application.id }, coordinator.token);
    expect(decided.errors).toBeUndefined();
    expect(decided.data).toEqual({ decideMembership: { id: application.id, status: MembershipStatus.ACTIVE } });
  });

  it('gets no mail about new applications while hidden: the network counts as having no coordinator', async () => {
    const network = await createNetwork(t.dataSource);
    const coordinator = await createAccount(t, { profileStatus: ProfileStatus.HIDDEN });
    await createMembership(t.dataSource, network, coordinator.researcher.id, { role: MembershipRole.COORDINATOR });
    const editor = await createAccount(t, { role: Role.EDITOR });
    const applicant = await createAccount(t, { profile: { givenName: 'Siri', familyName: 'Søker' }, profileStatus: ProfileStatus.PUBLISHED });

    t.mail.clear();
    const applied = await t.gql(APPLY, { network: network.slug }, applicant.token);
    expect(applied.errors).toBeUndefined();
    // The editors are told only when the network has no decider to tell.
    const fallback = await t.mail.waitFor(editor.account.email, { subject: /Ny søknad/ });
    expect(fallback.text).toContain('Siri Søker');
    expect(t.mail.to(coordinator.account.email)).toEqual([]);
  });
});
