import { MembershipRole } from '../../src/common/enums/membership.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { createAccount } from '../support/factories/account.factory';
import { createMembership, createNetwork } from '../support/factories/network.factory';
import { createTestApp, TestApp } from '../support/test-app';

describe('a confirmed address before mail from others reaches it', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t?.close());

  it('an unconfirmed account cannot send its profile for review, and nothing changes', async () => {
    const { token, researcher } = await createAccount(t, { emailVerified: false, profile: { givenName: 'Ubekreftet', familyName: 'Person' } });
    const res = await t.gql('mutation { submitMyProfileForReview { status } }', {}, token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'emailVerified' });
    expect(res.errors?.[0].message).toMatch(/Bekreft e-postadressen din/);
    const [{ status }] = await t.dataSource.query(`SELECT status FROM researcher WHERE id = $1`, [researcher.id]);
    expect(status).toBe(ProfileStatus.DRAFT);
  });

  it('an unconfirmed account cannot apply to a network; once confirmed it can', async () => {
    const network = await createNetwork(t.dataSource, { asksResearchBackground: false });
    const { token, account } = await createAccount(t, { emailVerified: false, profile: { givenName: 'Ny', familyName: 'Søker' } });
    const apply = () => t.gql(`mutation($n: String!) { applyToNetwork(network: $n, motivation: "Gjerne") { status } }`, { n: network.slug }, token);
    const refused = await apply();
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'emailVerified' });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM network_membership WHERE network_id = $1`, [network.id]);
    expect(n).toBe(0);
    await t.dataSource.query(`UPDATE account SET email_verified_at = now() WHERE id = $1`, [account.id]);
    expect((await apply()).data).toEqual({ applyToNetwork: { status: 'PENDING' } });
  });

  it('the network mailing list leaves out members whose address is unconfirmed, with no fallback to it', async () => {
    const network = await createNetwork(t.dataSource);
    const coordinator = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    await createMembership(t.dataSource, network, coordinator.researcher.id, { role: MembershipRole.COORDINATOR });
    const consenting = { acceptsNetworkMail: true, email: null };
    const confirmed = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED, email: 'medlem.bekreftet@example.no', profile: consenting });
    const unconfirmed = await createAccount(t, {
      profileStatus: ProfileStatus.PUBLISHED,
      emailVerified: false,
      email: 'medlem.uten.lenke@example.no',
      profile: consenting,
    });
    const unconfirmedWithContact = await createAccount(t, {
      profileStatus: ProfileStatus.PUBLISHED,
      emailVerified: false,
      profile: { ...consenting, email: 'kontakt.uten.lenke@example.no' },
    });
    for (const member of [confirmed, unconfirmed, unconfirmedWithContact]) await createMembership(t.dataSource, network, member.researcher.id);
    const res = await t.gql<{ networkMailingList: string }>(`query($n: String!) { networkMailingList(network: $n) }`, { n: network.slug }, coordinator.token);
    expect(res.errors).toBeUndefined();
    expect(res.data?.networkMailingList).toContain('medlem.bekreftet@example.no');
    expect(res.data?.networkMailingList).not.toContain('medlem.uten.lenke@example.no');
    expect(res.data?.networkMailingList).not.toContain('kontakt.uten.lenke@example.no');
  });
});
