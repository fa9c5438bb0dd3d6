import { createHmac } from 'node:crypto';
import { Account } from '../../src/account/account.entity';
import { ACCESS_TOKEN } from '../../src/auth/jwt-options';
import { JwtSecret } from '../../src/auth/jwt-secret';
import { Role } from '../../src/common/enums/role.enum';
import { createAccount } from '../support/factories/account.factory';
import { tokenFromMail } from '../support/smtp-sink';
import { createTestApp, TestApp } from '../support/test-app';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken refreshToken accessTokenExpiresAt account { id email role profile { id slug givenName familyName status version } } } }`;
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken refreshToken account { id email role } } }`;
const ME = `{ me { id email role emailVerifiedAt profile { id slug fullName status } } }`;
const STRONG = 'Kaffekopp-Elgtråkk-Nordlys-91';

const b64 = (value: object | string) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

describe('sign-up, sign-in and the viewer on every request', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('registers an account that owns an empty DRAFT profile with a readable slug, and signs it in', async () => {
    const res = await t.gql(REGISTER, {
      input: { email: '  Åse.Lovaas@Example.no ', password: STRONG, givenName: 'Åse', familyName: 'Løvås' },
    });
    expect(res.errors).toBeUndefined();
    const payload = res.data!.register;
    expect(payload.account).toMatchObject({
      email: 'åse.lovaas@example.no',
      role: 'RESEARCHER',
      profile: { slug: 'ase-lovas', givenName: 'Åse', familyName: 'Løvås', status: 'DRAFT' },
    });
    expect(payload.refreshToken).toMatch(/^[0-9a-f-]{36}\.[\w-]{43}$/);

    const me = await t.gql(ME, {}, payload.accessToken);
    expect(me.data!.me).toMatchObject({ id: payload.account.id, role: 'RESEARCHER', profile: { fullName: 'Åse Løvås', status: 'DRAFT' } });
    expect(me.data!.me.emailVerifiedAt).toBeNull();

    // A second person with the same name gets the next free slug.
    const twin = await t.gql(REGISTER, {
      input: { email: 'ase2@example.no', password: STRONG, givenName: 'Åse', familyName: 'Løvås' },
    });
    expect(twin.data!.register.account.profile.slug).toBe('ase-lovas-2');
  });

  it('stores an argon2id hash (19 MiB, 2 passes) and never the password', async () => {
    const account = await t.dataSource.getRepository(Account).findOneByOrFail({ email: 'ase2@example.no' });
    expect(account.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(account.passwordHash).not.toContain(STRONG);
  });

  it('mails a link that confirms the address', async () => {
    const mail = await t.mail.waitFor('ase2@example.no', { subject: /Bekreft/ });
    const token = tokenFromMail(mail);
    const verify = `mutation($token: String!) { verifyEmail(token: $token) }`;
    expect((await t.gql(verify, { token })).data).toEqual({ verifyEmail: true });
    const again = await t.gql(verify, { token });
    expect(again.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    const account = await t.dataSource.getRepository(Account).findOneByOrFail({ email: 'ase2@example.no' });
    expect(account.emailVerifiedAt).toBeInstanceOf(Date);
  });

  it('refuses a second account for the same address, whatever its case', async () => {
    const res = await t.gql(REGISTER, {
      input: { email: 'ASE2@example.NO', password: STRONG, givenName: 'Andre', familyName: 'Person' },
    });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it.each([
    ['short', 'Kort-1!', 'password'],
    ['common', 'password123', 'password'],
    ['guessable from the name', 'Nordmann2024', 'password'],
    ['bad email', STRONG, 'email'],
    ['empty given name', STRONG, 'givenName'],
  ])('refuses registration with a %s value, naming the field', async (_what, password, field) => {
    const input = { email: field === 'email' ? 'not-an-address' : `x${Math.random()}@example.no`, password, givenName: field === 'givenName' ? '   ' : 'Kari', familyName: 'Nordmann' };
    const res = await t.gql(REGISTER, { input });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('accepts a long passphrase and never truncates it', async () => {
    const long = `${'Lang og tydelig setning om fjell og fjord '.repeat(3)}!`; // > 100 characters
    const reg = await t.gql(REGISTER, { input: { email: 'lang@example.no', password: long, givenName: 'Lang', familyName: 'Frase' } });
    expect(reg.errors).toBeUndefined();
    expect((await t.gql(LOGIN, { email: 'lang@example.no', password: long })).errors).toBeUndefined();
    const cut = await t.gql(LOGIN, { email: 'lang@example.no', password: long.slice(0, 72) });
    expect(cut.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('signs in with the right password and gives the same answer for a wrong password and an unknown address', async () => {
    const { account, password } = await createAccount(t, { email: 'kari@example.no' });
    const ok = await t.gql(LOGIN, { email: 'KARI@example.no', password });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.login.account.id).toBe(account.id);

    const wrong = await t.gql(LOGIN, { email: 'kari@example.no', password: 'feil-passord-her' });
    const unknown = await t.gql(LOGIN, { email: 'ingen@example.no', password: 'feil-passord-her' });
    expect(wrong.errors![0]).toEqual(unknown.errors![0]);
    expect(wrong.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(wrong.data).toBeNull();
  });

  it('answers me with null when signed out', async () => {
    expect((await t.gql(ME)).data).toEqual({ me: null });
  });

  describe('refuses a token that is', () => {
    const hmac = (alg: 'sha256' | 'sha512', body: string, key: string) => createHmac(alg, key).update(body).digest('base64url');
    const token = (header: object, claims: object, sign: (body: string) => string) => {
      const body = `${b64(header)}.${b64(claims)}`;
      return `${body}.${sign(body)}`;
    };
    // The session of the account the test made, so only the property under test is wrong.
    let sid = '';
    const sessionOf = (accessToken: string) =>
      (JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()) as { sid: string }).sid;
    const claimsFor = (sub: string, extra: object = {}) => ({
      sub, ver: 0, sid, iss: ACCESS_TOKEN.issuer, aud: ACCESS_TOKEN.audience,
      iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 600, ...extra,
    });
    const HS256 = { alg: 'HS256', typ: 'JWT' };
    type Make = (sub: string, key: string) => string;

    it.each<[string, Make]>([
      ['signed with another key', (sub) => token(HS256, claimsFor(sub), (b) => hmac('sha256', b, 'not-the-secret-not-the-secret-xx'))],
      ['unsigned (alg none)', (sub) => token({ alg: 'none', typ: 'JWT' }, claimsFor(sub), () => '')],
      ['HS512 instead of HS256', (sub, key) => token({ alg: 'HS512', typ: 'JWT' }, claimsFor(sub), (b) => hmac('sha512', b, key))],
      ['expired', (sub, key) => token(HS256, claimsFor(sub, { exp: Math.floor(Date.now() / 1000) - 5 }), (b) => hmac('sha256', b, key))],
      ['for another audience', (sub, key) => token(HS256, claimsFor(sub, { aud: 'other-app' }), (b) => hmac('sha256', b, key))],
      ['from another issuer', (sub, key) => token(HS256, claimsFor(sub, { iss: 'someone-else' }), (b) => hmac('sha256', b, key))],
      ['from before a password change', (sub, key) => token(HS256, claimsFor(sub, { ver: -1 }), (b) => hmac('sha256', b, key))],
      ['garbage', () => 'not.a.token'],
    ])('%s', async (_what, make) => {
      const { account, token: real } = await createAccount(t);
      sid = sessionOf(real);
      const forged = make(account.id, t.app.get(JwtSecret).value);
      const res = await t.http().post('/graphql').set('authorization', `Bearer ${forged}`).send({ query: '{ me { id } }' });
      expect(res.status).toBe(401);
      expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(res.body.data).toBeUndefined();
    });

    it('(control) a token made the same way with the right key and claims is accepted', async () => {
      const { account, token: real } = await createAccount(t);
      sid = sessionOf(real);
      const good = token(HS256, claimsFor(account.id), (b) => hmac('sha256', b, t.app.get(JwtSecret).value));
      expect((await t.gql('{ me { id } }', {}, good)).data).toEqual({ me: { id: account.id } });
    });
  });

  it('applies a changed role, a disabled account and a deleted account on the next request', async () => {
    const { account, token } = await createAccount(t);
    const accounts = t.dataSource.getRepository(Account);
    expect((await t.gql('{ me { role } }', {}, token)).data!.me.role).toBe('RESEARCHER');

    await accounts.update(account.id, { role: Role.EDITOR });
    expect((await t.gql('{ me { role } }', {}, token)).data!.me.role).toBe('EDITOR');

    await accounts.update(account.id, { disabledAt: new Date() });
    expect((await t.http().post('/graphql').set('authorization', `Bearer ${token}`).send({ query: '{ me { id } }' })).status).toBe(401);

    await accounts.update(account.id, { disabledAt: null });
    expect((await t.gql('{ me { id } }', {}, token)).data!.me.id).toBe(account.id);
    await accounts.delete(account.id);
    expect((await t.http().post('/graphql').set('authorization', `Bearer ${token}`).send({ query: '{ me { id } }' })).status).toBe(401);
  });

  it('checks the account and its session with a single statement per request', async () => {
    const { token } = await createAccount(t);
    const QUERY = '{ networks { slug } }';
    await t.gql(QUERY);
    const anonymous = await t.queries.count(() => t.gql(QUERY));
    const signedIn = await t.queries.count(() => t.gql(QUERY, {}, token));
    expect(signedIn.result.data).toEqual(anonymous.result.data);
    expect(signedIn.queries.filter((q) => /FROM account/i.test(q))).toHaveLength(1);
    expect(signedIn.queries.length - anonymous.queries.length).toBe(1);
  });
});
