import { createAccount } from '../support/factories/account.factory';
import { createTestApp, TestApp } from '../support/test-app';

const UPDATE = 'mutation($input: ProfileInput!, $v: Int!) { updateMyProfile(input: $input, expectedVersion: $v) { givenName familyName title version } }';

describe('names and titles without invisible characters', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it.each([
    ['givenName', 'Al\u200Bice'],
    ['givenName', '\u200B'],
    ['familyName', 'Aasen\u200F'],
    ['familyName', 'Aa\u2028sen'],
    ['title', 'Professor\u{E0041}'],
    ['givenName', 'A' + '\u0301'.repeat(90)],
    ['givenName', '\u3164'],
  ])('refuses %s %j, naming the field, and changes nothing', async (field, value) => {
    const { token, researcher } = await createAccount(t, { profile: { givenName: 'Alice', familyName: 'Aasen', title: 'Forsker' } });
    const res = await t.gql(UPDATE, { input: { [field]: value }, v: researcher.version }, token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors?.[0].message).toMatch(/usynlige tegn/);
    const me = await t.gql<{ me: { profile: Record<string, unknown> } }>('{ me { profile { givenName familyName title version } } }', {}, token);
    expect(me.data?.me.profile).toEqual({ givenName: 'Alice', familyName: 'Aasen', title: 'Forsker', version: researcher.version });
  });

  it.each([['Ørjan', 'Øyen'], ['Áilu', 'Valkeapää'], ['Đuro', 'Đurić'], ['Thị', 'Nguyễn'], ['Zoë', 'Berg'], ['李', '小龍']])(
    'keeps the real name %s %s',
    async (givenName, familyName) => {
      const { token } = await createAccount(t);
      const res = await t.gql<{ updateMyProfile: { givenName: string; familyName: string } }>(UPDATE, { input: { givenName, familyName }, v: 1 }, token);
      expect(res.errors).toBeUndefined();
      expect(res.data?.updateMyProfile).toMatchObject({ givenName, familyName });
    },
  );

  it('stores a name typed with combining marks in composed form (NFC)', async () => {
    const { token } = await createAccount(t);
    const res = await t.gql<{ updateMyProfile: { givenName: string } }>(UPDATE, { input: { givenName: 'Zoe\u0308' }, v: 1 }, token);
    expect(res.data?.updateMyProfile.givenName).toBe('Zo\u00EB');
  });

  it('refuses an invisible character in a name at registration too', async () => {
    const res = await t.gql('mutation($i: RegisterInput!) { register(input: $i) { accessToken } }', {
      i: { email: 'usynlig@example.no', password: 'Blåbær-Traktor-Sykler-42-Fjorder', givenName: 'Al\u200Bice', familyName: 'Aasen' },
    });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'givenName' });
  });
});
