import { RATE_LIMITS } from '../../src/auth/rate-limit';
import { createAccount } from '../support/factories/account.factory';
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

  it('limits logins per account and says how long to wait; other accounts are unaffected', async () => {
    const { account, password } = await createAccount(t);
    const limit = RATE_LIMITS.login.account.limit;
    const seen: string[] = [];
    for (let i = 0; i < limit; i += 1) seen.push(codeOf(await t.gql(LOGIN, { e: account.email, p: 'feil-passord-x' })));
    expect(seen).toEqual(Array(limit).fill('UNAUTHENTICATED'));
    // Now even the right password (and another spelling of the address) is refused until the window passes.
    const limited = await t.gql(LOGIN, { e: account.email.toUpperCase(), p: password });
    expect(limited.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(limited.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    expect(limited.errors![0].extensions!.retryAfterSeconds).toBeLessThanOrEqual(RATE_LIMITS.login.account.ttl / 1000);
    expect(limited.errors![0].message).toMatch(/Prøv igjen om \d+ sekunder/);
    const other = await createAccount(t);
    expect(codeOf(await t.gql(LOGIN, { e: other.account.email, p: other.password }))).toBe('ok');
  });

  it('counts every aliased login in one document, not the request', async () => {
    const { account, password } = await createAccount(t);
    const limit = RATE_LIMITS.login.account.limit;
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
    const limit = RATE_LIMITS.register.account.limit;
    const REGISTER = `mutation { register(input: { email: "samme@example.no", password: "kort", givenName: "A", familyName: "B" }) { accessToken } }`;
    for (let i = 0; i < limit; i += 1) expect(codeOf(await t.gql(REGISTER))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(REGISTER))).toBe('RATE_LIMITED');
  });

  it('limits password reset requests per address, with the same answer as before', async () => {
    const { account } = await createAccount(t);
    const limit = RATE_LIMITS.passwordReset.account.limit;
    const res = await t.gql(aliased(limit + 1, () => `requestPasswordReset(email: "${account.email}")`));
    expect(codes(res, limit + 1)).toEqual([...Array(limit).fill('ok'), 'RATE_LIMITED']);
  });

  it('limits refreshes per account, and password resets by link', async () => {
    const { account } = await createAccount(t);
    const limit = RATE_LIMITS.refresh.account.limit;
    const REFRESH = `mutation($r: String!) { refreshToken(refreshToken: $r) { accessToken } }`;
    for (let i = 0; i < limit; i += 1) {
      expect(codeOf(await t.gql(REFRESH, { r: `${account.id}.gjett${i}` }))).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await t.gql(REFRESH, { r: `${account.id}.gjett-igjen` }))).toBe('RATE_LIMITED');

    const RESET = `mutation($t: String!) { resetPassword(token: $t, newPassword: "Ny-Fin-Sommerfugl-2040") }`;
    const resetLimit = RATE_LIMITS.passwordReset.ip.limit;
    for (let i = 0; i < resetLimit; i += 1) expect(codeOf(await t.gql(RESET, { t: `gjett${i}` }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(RESET, { t: 'gjett-igjen' }))).toBe('RATE_LIMITED');
  });

  it('refuses batched requests (an array of operations) outright', async () => {
    const res = await t.http().post('/graphql').send([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(res.status).toBe(400);
  });
});
