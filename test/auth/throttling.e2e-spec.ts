import { loginFailureDelayMs } from '../../src/auth/login-failure-delay';
import { RATE_LIMITS } from '../../src/auth/rate-limit';
import { createAccount } from '../support/factories/account.factory';
import { LoopbackClients } from '../support/loopback-client';
import { createTestApp, TestApp } from '../support/test-app';

const aliased = (n: number, field: (i: number) => string) =>
  `mutation { ${Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join(' ')} }`;

describe('throttling of sign-in, sign-up, password reset and refresh', () => {
  // Some cases make a hundred sign-in attempts, each a real argon2id verification.
  jest.setTimeout(180_000);
  let t: TestApp;
  beforeEach(async () => (t = await createTestApp()));
  afterEach(() => t?.close());

  const codes = (res: { data?: Record<string, unknown> | null; errors?: Array<{ path?: string[]; extensions?: Record<string, unknown> }> }, n: number) =>
    Array.from({ length: n }, (_, i) => res.errors?.find((e) => e.path?.[0] === `a${i}`)?.extensions?.code ?? 'ok');

  const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`;
  const codeOf = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => String(res.errors?.[0]?.extensions?.code ?? 'ok');

  it('limits logins per address and client, says how long to wait, and never refuses the right password from another client', async () => {
    const { account, password } = await createAccount(t);
    const clients = await LoopbackClients.start(t);
    const limit = RATE_LIMITS.login.keyed.limit;
    const seen: string[] = [];
    for (let i = 0; i < limit; i += 1) seen.push(codeOf(await clients.gql('127.0.0.2', LOGIN, { e: account.email, p: 'feil-passord-x' })));
    expect(seen).toEqual(Array(limit).fill('UNAUTHENTICATED'));
    // That client is refused for this address (another spelling too) until the window passes.
    const limited = await clients.gql('127.0.0.2', LOGIN, { e: account.email.toUpperCase(), p: password });
    expect(limited.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(limited.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    expect(limited.errors![0].extensions!.retryAfterSeconds).toBeLessThanOrEqual(RATE_LIMITS.login.keyed.ttl / 1000);
    expect(limited.errors![0].message).toMatch(/Prøv igjen om \d+ sekunder/);
    // The owner, from a client that has not failed, signs in: failing on purpose locks nobody out.
    expect(codeOf(await clients.gql('127.0.0.3', LOGIN, { e: account.email, p: password }))).toBe('ok');
    const other = await createAccount(t);
    expect(codeOf(await clients.gql('127.0.0.2', LOGIN, { e: other.account.email, p: other.password }))).toBe('ok');
  });

  it('answers further failures for an address later and later, from any client, but not the right password', async () => {
    const { account, password } = await createAccount(t);
    const clients = await LoopbackClients.start(t);
    const timed = async (from: string, p: string) => {
      const started = Date.now();
      const code = codeOf(await clients.gql(from, LOGIN, { e: account.email, p }));
      return { code, ms: Date.now() - started };
    };
    // Failures spread over clients, as a botnet would: past five, each is answered later.
    for (let i = 0; i < 6; i += 1) expect((await timed(`127.0.1.${i + 1}`, 'feil-passord-x')).code).toBe('UNAUTHENTICATED');
    const seventh = await timed('127.0.1.7', 'feil-passord-x');
    expect(seventh.code).toBe('UNAUTHENTICATED');
    expect(seventh.ms).toBeGreaterThanOrEqual(loginFailureDelayMs(7) - 50);
    expect(loginFailureDelayMs(7)).toBeGreaterThanOrEqual(500);
    expect((await timed('127.0.1.8', password)).code).toBe('ok');
  });

  it('counts every aliased login in one document, not the request', async () => {
    const { account, password } = await createAccount(t);
    const limit = RATE_LIMITS.login.keyed.limit;
    const res = await t.gql(aliased(limit + 3, () => `login(email: "${account.email}", password: "${password}") { accessToken }`));
    // The first `limit` fields ran and were counted; the next one was refused.
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({ path: [`a${limit}`], extensions: { code: 'RATE_LIMITED' } });
  });

  it('limits logins per IP across many addresses', async () => {
    const limit = RATE_LIMITS.login.ip.limit;
    for (let i = 0; i < limit; i += 1) {
      expect(codeOf(await t.gql(LOGIN, { e: `ip${i}@example.no`, p: 'feil-passord-x' }))).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await t.gql(LOGIN, { e: 'enda.en@example.no', p: 'feil-passord-x' }))).toBe('RATE_LIMITED');
  });

  it('limits registrations per IP', async () => {
    const limit = RATE_LIMITS.register.ip.limit;
    const REGISTER = `mutation($e: String!) { register(input: { email: $e, password: "kort", givenName: "A", familyName: "B" }) { accessToken } }`;
    for (let i = 0; i < limit; i += 1) expect(codeOf(await t.gql(REGISTER, { e: `reg${i}@example.no` }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(REGISTER, { e: 'reg-siste@example.no' }))).toBe('RATE_LIMITED');
  });

  it('limits registrations per address', async () => {
    const limit = RATE_LIMITS.register.keyed.limit;
    const REGISTER = `mutation { register(input: { email: "samme@example.no", password: "kort", givenName: "A", familyName: "B" }) { accessToken } }`;
    for (let i = 0; i < limit; i += 1) expect(codeOf(await t.gql(REGISTER))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(REGISTER))).toBe('RATE_LIMITED');
  });

  it('limits password reset requests per address, with the same answer as before', async () => {
    const { account } = await createAccount(t);
    const limit = RATE_LIMITS.passwordReset.keyed.limit;
    const res = await t.gql(aliased(limit + 1, () => `requestPasswordReset(email: "${account.email}")`));
    expect(codes(res, limit + 1)).toEqual([...Array(limit).fill('ok'), 'RATE_LIMITED']);
  });

  it('limits refreshes per account and client: forged tokens with someone\'s id leave her own refresh alone; and password resets by link', async () => {
    const { account, password } = await createAccount(t);
    const clients = await LoopbackClients.start(t);
    const session = (await clients.gql<{ login: { refreshToken: string } }>('127.0.0.3', `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { refreshToken } }`, { e: account.email, p: password })).data!.login;
    const limit = RATE_LIMITS.refresh.keyed.limit;
    const REFRESH = `mutation($r: String!) { refreshToken(refreshToken: $r) { accessToken } }`;
    for (let i = 0; i < limit; i += 1) {
      expect(codeOf(await clients.gql('127.0.0.2', REFRESH, { r: `${account.id}.gjett${i}` }))).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await clients.gql('127.0.0.2', REFRESH, { r: `${account.id}.gjett-igjen` }))).toBe('RATE_LIMITED');
    expect(codeOf(await clients.gql('127.0.0.3', REFRESH, { r: session.refreshToken }))).toBe('ok');

    const RESET = `mutation($t: String!) { resetPassword(token: $t, newPassword: "Ny-Fin-Sommerfugl-2040") }`;
    const resetLimit = RATE_LIMITS.passwordResetLink.ip.limit;
    for (let i = 0; i < resetLimit; i += 1) expect(codeOf(await t.gql(RESET, { t: `gjett${i}` }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(RESET, { t: 'gjett-igjen' }))).toBe('RATE_LIMITED');
  });

  it('limits confirmation mails per account and per address, and sends no more than the limit', async () => {
    const { account, token } = await createAccount(t, { emailVerified: false });
    const limit = RATE_LIMITS.resendVerification.keyed.limit;
    const before = t.mail.to(account.email).length;
    const res = await t.gql(aliased(limit + 10, () => 'resendVerificationEmail'), {}, token);
    // The first `limit` fields ran; the next was refused, and a refused non-null field ends the document.
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({ path: [`a${limit}`], extensions: { code: 'RATE_LIMITED' } });
    for (let i = 0; i < 30; i += 1) expect(codeOf(await t.gql('mutation { resendVerificationEmail }', {}, token))).toBe('RATE_LIMITED');
    // The mails go out after the answers: wait for the allowed ones, then a little for a stray one.
    await t.mail.waitUntil(() => t.mail.to(account.email).length >= before + limit, 10_000, 'the allowed confirmation mails');
    await new Promise((r) => setTimeout(r, 300));
    expect(t.mail.to(account.email).length - before).toBe(limit);
  });

  it('limits confirmation mails per target address too, whichever account asks', async () => {
    const first = await createAccount(t, { emailVerified: false });
    const second = await createAccount(t, { emailVerified: false });
    const target = first.account.email;
    for (let i = 0; i < RATE_LIMITS.resendVerification.keyed.limit; i += 1) {
      expect(codeOf(await t.gql('mutation { resendVerificationEmail }', {}, first.token))).toBe('ok');
    }
    // The address moves to another account: that account has sent nothing, but the address has had its share.
    await t.dataSource.query(`UPDATE account SET email = 'flyttet-' || email WHERE id = $1`, [first.account.id]);
    await t.dataSource.query(`UPDATE account SET email = $2 WHERE id = $1`, [second.account.id, target]);
    expect(codeOf(await t.gql('mutation { resendVerificationEmail }', {}, second.token))).toBe('RATE_LIMITED');
  });

  it.each([
    ['changePassword', `mutation { changePassword(currentPassword: "feil-passord-x", newPassword: "Ny-Fin-Sommerfugl-2040") { accessToken } }`],
    ['deleteMyAccount', `mutation { deleteMyAccount(password: "feil-passord-x") }`],
  ])('limits password checks in %s, so a stolen access token cannot guess the password freely', async (_name, mutation) => {
    const { token } = await createAccount(t);
    const seen: string[] = [];
    for (let i = 0; i < 5; i += 1) seen.push(codeOf(await t.gql(mutation, {}, token)));
    expect(seen).toEqual(Array(5).fill('BAD_USER_INPUT'));
    expect(codeOf(await t.gql(mutation, {}, token))).toBe('RATE_LIMITED');
  });

  it('refuses batched requests (an array of operations) outright', async () => {
    const res = await t.http().post('/graphql').send([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(res.status).toBe(400);
  });
});
