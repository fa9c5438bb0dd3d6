import { createAccount } from '../support/factories/account.factory';
import { tokenFromMail } from '../support/smtp-sink';
import { createTestApp, TestApp } from '../support/test-app';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken refreshToken } }`;
const REFRESH = `mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken account { id } } }`;
const REQUEST_RESET = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($token: String!, $pw: String!) { resetPassword(token: $token, newPassword: $pw) }`;
const CHANGE = `mutation($cur: String!, $pw: String!) { changePassword(currentPassword: $cur, newPassword: $pw) { accessToken refreshToken } }`;
const NEW_PASSWORD = 'Ny-Hytte-Ved-Sjøen-2031';

describe('sessions, refresh tokens and passwords', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t?.close());

  const signIn = async (email: string, password: string) => {
    const res = await t.gql(LOGIN, { email, password });
    expect(res.errors).toBeUndefined();
    return res.data!.login as { accessToken: string; refreshToken: string };
  };
  const meStatus = async (token: string) =>
    (await t.http().post('/graphql').set('authorization', `Bearer ${token}`).send({ query: '{ me { id } }' })).status;

  it('rotates refresh tokens: each works once, and stores only hashes', async () => {
    const { account, password } = await createAccount(t);
    const sessionsBefore: Array<{ n: number }> = await t.dataSource.query(`SELECT count(*)::int AS n FROM refresh_token WHERE account_id = $1`, [account.id]);
    const first = await signIn(account.email, password);
    const second = await t.gql(REFRESH, { t: first.refreshToken });
    expect(second.errors).toBeUndefined();
    expect(second.data!.refreshToken.account.id).toBe(account.id);
    expect(second.data!.refreshToken.refreshToken).not.toBe(first.refreshToken);
    expect(await meStatus(second.data!.refreshToken.accessToken)).toBe(200);

    const rows: Array<{ token_hash: string }> = await t.dataSource.query(`SELECT token_hash FROM refresh_token WHERE account_id = $1`, [account.id]);
    expect(rows.length).toBe(sessionsBefore[0].n + 2);
    for (const row of rows) {
      expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect([first.refreshToken, second.data!.refreshToken.refreshToken]).not.toContain(row.token_hash);
    }
  });

  it('treats a used refresh token shown again as theft and ends that whole session', async () => {
    const { account, password } = await createAccount(t);
    const first = await signIn(account.email, password);
    const second = (await t.gql(REFRESH, { t: first.refreshToken })).data!.refreshToken;
    const replay = await t.gql(REFRESH, { t: first.refreshToken });
    expect(replay.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    // The thief's replay also killed the legitimate successor.
    expect((await t.gql(REFRESH, { t: second.refreshToken })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('gives exactly one new token when the same refresh token is used twice at once', async () => {
    const { account, password } = await createAccount(t);
    const first = await signIn(account.email, password);
    const results = await Promise.all([t.gql(REFRESH, { t: first.refreshToken }), t.gql(REFRESH, { t: first.refreshToken })]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
  });

  it('refuses unknown, malformed and expired refresh tokens', async () => {
    const { account, password } = await createAccount(t);
    const session = await signIn(account.email, password);
    for (const bad of ['nonsense', `${account.id}.${'A'.repeat(43)}`, '']) {
      expect((await t.gql(REFRESH, { t: bad })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    }
    await t.dataSource.query(`UPDATE refresh_token SET expires_at = now() - interval '1 second' WHERE account_id = $1`, [account.id]);
    expect((await t.gql(REFRESH, { t: session.refreshToken })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('logout ends that session only; logoutEverywhere ends all, access tokens included', async () => {
    const { account, password } = await createAccount(t);
    const a = await signIn(account.email, password);
    const b = await signIn(account.email, password);
    expect((await t.gql(`mutation($t: String!) { logout(refreshToken: $t) }`, { t: a.refreshToken })).data).toEqual({ logout: true });
    expect((await t.gql(REFRESH, { t: a.refreshToken })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const b2 = (await t.gql(REFRESH, { t: b.refreshToken })).data!.refreshToken;

    expect((await t.gql(`mutation { logoutEverywhere }`, {}, b2.accessToken)).data).toEqual({ logoutEverywhere: true });
    expect(await meStatus(b2.accessToken)).toBe(401);
    expect((await t.gql(REFRESH, { t: b2.refreshToken })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('a disabled account cannot refresh', async () => {
    const { account, password } = await createAccount(t);
    const s = await signIn(account.email, password);
    await t.dataSource.query(`UPDATE account SET disabled_at = now() WHERE id = $1`, [account.id]);
    expect((await t.gql(REFRESH, { t: s.refreshToken })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(LOGIN, { email: account.email, password })).errors![0].message).toBe('Feil e-postadresse eller passord.');
  });

  describe('password reset', () => {
    it('answers the same for a known and an unknown address, and mails only the known one', async () => {
      const { account } = await createAccount(t);
      const known = await t.gql(REQUEST_RESET, { email: account.email.toUpperCase() });
      const unknown = await t.gql(REQUEST_RESET, { email: 'finnes-ikke@example.no' });
      expect(known).toEqual(unknown);
      expect(known).toEqual({ data: { requestPasswordReset: true } });
      await t.mail.waitFor(account.email, { subject: /Nytt passord/ });
      await new Promise((r) => setTimeout(r, 200));
      expect(t.mail.to('finnes-ikke@example.no')).toEqual([]);
    });

    it('sets a new password with a one-time, hashed, expiring link and ends old sessions', async () => {
      const { account, password } = await createAccount(t);
      const old = await signIn(account.email, password);
      await t.gql(REQUEST_RESET, { email: account.email });
      const token = tokenFromMail(await t.mail.waitFor(account.email, { subject: /Nytt passord/ }));
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM one_time_token WHERE token_hash = $1`, [token]);
      expect(n).toBe(0); // only the hash is stored

      // A weak password is refused without using the link up.
      const weak = await t.gql(RESET, { token, pw: 'passord123' });
      expect(weak.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
      expect((await t.gql(RESET, { token, pw: NEW_PASSWORD })).data).toEqual({ resetPassword: true });
      expect((await t.gql(RESET, { token, pw: NEW_PASSWORD })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });

      expect(await meStatus(old.accessToken)).toBe(401);
      expect((await t.gql(REFRESH, { t: old.refreshToken })).errors).toBeDefined();
      expect((await t.gql(LOGIN, { email: account.email, password })).errors).toBeDefined();
      await signIn(account.email, NEW_PASSWORD);
      await t.mail.waitFor(account.email, { subject: /endret/ });
    });

    it('refuses an expired link and an older link once a newer one is sent', async () => {
      const { account } = await createAccount(t);
      await t.gql(REQUEST_RESET, { email: account.email });
      const older = tokenFromMail(await t.mail.waitFor(account.email, { subject: /Nytt passord/ }));
      const count = t.mail.to(account.email).length;
      await t.gql(REQUEST_RESET, { email: account.email });
      const newer = tokenFromMail(await t.mail.waitFor(account.email, { subject: /Nytt passord/, since: count }));
      expect((await t.gql(RESET, { token: older, pw: NEW_PASSWORD })).errors![0].extensions!.field).toBe('token');
      await t.dataSource.query(`UPDATE one_time_token SET expires_at = now() - interval '1 second' WHERE account_id = $1`, [account.id]);
      expect((await t.gql(RESET, { token: newer, pw: NEW_PASSWORD })).errors![0].extensions!.field).toBe('token');
    });
  });

  describe('change password', () => {
    it('needs the current password, refuses weak ones, and ends other sessions', async () => {
      const { account, password, token } = await createAccount(t);
      const other = await signIn(account.email, password);
      const wrong = await t.gql(CHANGE, { cur: 'ikke-riktig-passord', pw: NEW_PASSWORD }, token);
      expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
      const weak = await t.gql(CHANGE, { cur: password, pw: 'qwertyuiop' }, token);
      expect(weak.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
      expect(await meStatus(other.accessToken)).toBe(200);

      const ok = await t.gql(CHANGE, { cur: password, pw: NEW_PASSWORD }, token);
      expect(ok.errors).toBeUndefined();
      expect(await meStatus(other.accessToken)).toBe(401);
      expect(await meStatus(token)).toBe(401);
      expect(await meStatus(ok.data!.changePassword.accessToken)).toBe(200);
      expect((await t.gql(REFRESH, { t: ok.data!.changePassword.refreshToken })).errors).toBeUndefined();
      await signIn(account.email, NEW_PASSWORD);
    });

    it('is only for signed-in accounts', async () => {
      expect((await t.gql(CHANGE, { cur: 'x', pw: NEW_PASSWORD })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    });
  });
});
