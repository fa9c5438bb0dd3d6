import { MembershipRole } from '../../src/common/enums/membership.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Visibility } from '../../src/common/enums/visibility.enum';
import { createAccount } from '../support/factories/account.factory';
import { createMembership, createNetwork } from '../support/factories/network.factory';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * A coordinator's mailing list holds the members the network's newsletter goes to, and no
 * one else: an account the admins disabled gets no newsletter, so its address is not handed
 * out for one either; and a contact address its owner made PRIVATE is not handed out at all.
 */
describe('the mailing list, disabled accounts and private addresses', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('leaves out a member whose account is disabled', async () => {
    const network = await createNetwork(t.dataSource);
    const coordinator = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    await createMembership(t.dataSource, network, coordinator.researcher.id, { role: MembershipRole.COORDINATOR });
    const active = await createAccount(t, { email: 'aktiv.medlem@example.no', profileStatus: ProfileStatus.PUBLISHED, profile: { acceptsNetworkMail: true } });
    const disabled = await createAccount(t, {
      email: 'sperret.medlem@example.no',
      profileStatus: ProfileStatus.PUBLISHED,
      profile: { acceptsNetworkMail: true, email: 'sperret.kontakt@example.no' },
    });
    await createMembership(t.dataSource, network, active.researcher.id);
    await createMembership(t.dataSource, network, disabled.researcher.id);
    await t.dataSource.query(`UPDATE account SET disabled_at = now() WHERE id = $1`, [disabled.account.id]);

    const res = await t.gql<{ networkMailingList: string }>(`query($n: String!) { networkMailingList(network: $n) }`, { n: network.slug }, coordinator.token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.networkMailingList).toContain('aktiv.medlem@example.no');
    expect(res.data!.networkMailingList).not.toContain('sperret');
  });

  it("gives a member's login address, not a contact address the member made PRIVATE", async () => {
    const network = await createNetwork(t.dataSource);
    const coordinator = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    await createMembership(t.dataSource, network, coordinator.researcher.id, { role: MembershipRole.COORDINATOR });
    const secret = await createAccount(t, {
      email: 'innlogging.hemmelig@example.no',
      profileStatus: ProfileStatus.PUBLISHED,
      profile: { acceptsNetworkMail: true, email: 'privat.kontakt@example.no', emailVisibility: Visibility.PRIVATE },
    });
    const open = await createAccount(t, {
      email: 'innlogging.aapen@example.no',
      profileStatus: ProfileStatus.PUBLISHED,
      profile: { acceptsNetworkMail: true, email: 'synlig.kontakt@example.no', emailVisibility: Visibility.REGISTERED },
    });
    await createMembership(t.dataSource, network, secret.researcher.id);
    await createMembership(t.dataSource, network, open.researcher.id);

    const res = await t.gql<{ networkMailingList: string }>(`query($n: String!) { networkMailingList(network: $n) }`, { n: network.slug }, coordinator.token);
    expect(res.errors).toBeUndefined();
    const list = res.data!.networkMailingList;
    expect(list).not.toContain('privat.kontakt@example.no');
    expect(list).toContain('innlogging.hemmelig@example.no');
    expect(list).toContain('synlig.kontakt@example.no');
    expect(list).not.toContain('innlogging.aapen@example.no');
  });
});
