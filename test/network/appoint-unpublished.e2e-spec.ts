import { MembershipRole, MembershipStatus } from '../../src/common/enums/membership.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import type { Network } from '../../src/network/network.entity';
import { createAccount } from '../support/factories/account.factory';
import { createMembership, createNetwork } from '../support/factories/network.factory';
import { createTestApp, TestApp } from '../support/test-app';

const ADD = `mutation($n: String!, $r: ID!, $role: MembershipRole!) {
  addNetworkMember(network: $n, researcher: $r, role: $role) { status researcher { bio } } }`;

describe('who a coordinator can appoint, and what an application shows of an unpublished profile', () => {
  let t: TestApp;
  let network: Network;
  let coordinator: string;

  beforeAll(async () => {
    t = await createTestApp();
    network = await createNetwork(t.dataSource);
    const c = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    await createMembership(t.dataSource, network, c.researcher.id, { role: MembershipRole.COORDINATOR });
    coordinator = c.token;
  });
  afterAll(() => t?.close());

  const membershipCount = async (researcherId: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM network_membership WHERE researcher_id = $1`, [researcherId]))[0].n as number;

  it.each([
    ['a draft', { profileStatus: ProfileStatus.DRAFT }],
    ['a profile awaiting review', { profileStatus: ProfileStatus.PENDING_REVIEW }],
    ['a profile the editors hid', { profileStatus: ProfileStatus.HIDDEN }],
  ])('refuses %s with the same NOT_FOUND as an unknown id, and adds nothing', async (_what, fixture) => {
    const { researcher } = await createAccount(t, { ...fixture, profile: { bio: 'Hemmelig utkast.' } });
    const res = await t.gql(ADD, { n: network.slug, r: researcher.id, role: 'COORDINATOR' }, coordinator);
    const unknown = await t.gql(ADD, { n: network.slug, r: '00000000-0000-4000-8000-000000000000', role: 'MEMBER' }, coordinator);
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(res.errors?.[0].message).toBe(unknown.errors?.[0].message);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(res)).not.toContain('Hemmelig');
    expect(await membershipCount(researcher.id)).toBe(0);
  });

  it('refuses a published profile whose account is disabled, alike', async () => {
    const { researcher, account } = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    await t.dataSource.query(`UPDATE account SET disabled_at = now() WHERE id = $1`, [account.id]);
    const res = await t.gql(ADD, { n: network.slug, r: researcher.id, role: 'MEMBER' }, coordinator);
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await membershipCount(researcher.id)).toBe(0);
  });

  it('appoints a published profile of an enabled account', async () => {
    const { researcher } = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED, profile: { bio: 'Offentlig bio.' } });
    const res = await t.gql(ADD, { n: network.slug, r: researcher.id, role: 'MEMBER' }, coordinator);
    expect(res.errors).toBeUndefined();
    expect(res.data?.addNetworkMember).toEqual({ status: 'ACTIVE', researcher: { bio: 'Offentlig bio.' } });
  });

  it('shows the deciders a draft applicant\'s name and application, nothing of the unpublished profile', async () => {
    const applicant = await createAccount(t, {
      profileStatus: ProfileStatus.DRAFT,
      profile: { givenName: 'Utkast', familyName: 'Søker', bio: 'Hemmelig utkast.', keywords: ['hemmelig'], title: 'Stipendiat', areaSlugs: ['gruppeledelse'] },
    });
    await createMembership(t.dataSource, network, applicant.researcher.id, { status: MembershipStatus.PENDING, motivation: 'Vil være med.' });
    const res = await t.gql<{ pendingApplications: Array<{ motivation: string; researcher: Record<string, unknown> }> }>(
      `query($n: String!) { pendingApplications(network: $n) { motivation researcher { fullName bio keywords title competenceAreas { slug } organization { id } email } } }`,
      { n: network.slug },
      coordinator,
    );
    expect(res.errors).toBeUndefined();
    const mine = res.data!.pendingApplications.find((a) => a.researcher.fullName === 'Utkast Søker');
    expect(mine).toEqual({
      motivation: 'Vil være med.',
      researcher: { fullName: 'Utkast Søker', bio: null, keywords: [], title: null, competenceAreas: [], organization: null, email: null },
    });
    // The owner still sees her own profile in full through the same path.
    const own = await t.gql<{ me: { profile: { memberships: Array<{ researcher: { bio: string } }> } } }>(
      '{ me { profile { memberships { researcher { bio } } } } }', {}, applicant.token);
    expect(own.data?.me.profile.memberships[0].researcher.bio).toBe('Hemmelig utkast.');
  });
});
