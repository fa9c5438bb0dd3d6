import { createAccount } from '../factories/account.factory';
import { createTestApp, TestApp } from '../utils/test-app';

const UPDATE = `mutation($input: ProfileInput!, $v: Int!) { updateMyProfile(input: $input, expectedVersion: $v) {
  id slug givenName familyName title degree orcid region bio keywords languages availableAsSpeaker availableForMedia
  email phone website version status emailVisibility phoneVisibility acceptsNetworkMail
  organization { name } competenceAreas { slug } } }`;

describe('editing one\'s own profile', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('changes only the fields sent and bumps the version', async () => {
    const { token, researcher } = await createAccount(t, { profile: { givenName: 'Kari', familyName: 'Nordmann', bio: 'Uendret' } });
    const res = await t.gql(UPDATE, {
      v: researcher.version,
      input: {
        title: '  Førsteamanuensis ', degree: 'PHD', orcid: 'https://orcid.org/0000-0002-1825-0097', region: 'NORTH',
        keywords: ['gruppeledelse', 'Gruppeledelse', ' diabetes '], languages: ['NB', 'se', 'en'],
        competenceAreas: ['gruppeledelse', 'helsekompetanse'], availableAsSpeaker: true,
        email: 'kari@uit.no', emailVisibility: 'PUBLIC', phone: '+47 77 00 00 00', website: 'https://uit.no/kari',
        acceptsNetworkMail: true,
      },
    }, token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateMyProfile).toMatchObject({
      givenName: 'Kari', title: 'Førsteamanuensis', degree: 'PHD', orcid: '0000-0002-1825-0097', region: 'NORTH',
      bio: 'Uendret', keywords: ['gruppeledelse', 'diabetes'], languages: ['nb', 'se', 'en'],
      availableAsSpeaker: true, availableForMedia: false, email: 'kari@uit.no', emailVisibility: 'PUBLIC',
      phoneVisibility: 'PRIVATE', acceptsNetworkMail: true, version: researcher.version + 1, status: 'DRAFT',
    });
    expect(res.data!.updateMyProfile.competenceAreas.map((a: { slug: string }) => a.slug).sort()).toEqual(['gruppeledelse', 'helsekompetanse']);

    const cleared = await t.gql(UPDATE, { v: researcher.version + 1, input: { title: null, bio: '' } }, token);
    expect(cleared.data!.updateMyProfile).toMatchObject({ title: null, bio: null, degree: 'PHD', version: researcher.version + 2 });
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const { token, researcher } = await createAccount(t);
    await t.gql(UPDATE, { v: researcher.version, input: { title: 'Først' } }, token);
    const stale = await t.gql(UPDATE, { v: researcher.version, input: { title: 'Sist' } }, token);
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: researcher.version + 1 });
    const me = await t.gql('{ me { profile { title version } } }', {}, token);
    expect(me.data!.me.profile).toEqual({ title: 'Først', version: researcher.version + 1 });
  });

  it('needs a signed-in account', async () => {
    const res = await t.gql(UPDATE, { v: 1, input: { title: 'x' } });
    expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
