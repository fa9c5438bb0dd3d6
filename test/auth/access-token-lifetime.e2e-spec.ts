import { JwtService } from '@nestjs/jwt';
import { JwtSecret } from '../../src/auth/jwt-secret';
import { ACCESS_TOKEN } from '../../src/auth/jwt-options';
import { Role } from '../../src/common/enums/role.enum';
import { createAccount } from '../support/factories/account.factory';
import { createTestApp, TestApp } from '../support/test-app';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken refreshToken } }`;
const REFRESH = `mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken } }`;

describe('an access token ends with its session, at once', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t?.close());

  const signIn = async (email: string, password: string) => (await t.gql(LOGIN, { email, password })).data!.login as { accessToken: string; refreshToken: string };
  const meStatus = async (token: string) =>
    (await t.http().post('/graphql').set('authorization', `Bearer ${token}`).send({ query: '{ me { id } }' })).status;

  it('logout ends that session\'s access token, and only that session\'s', async () => {
    const { account, password } = await createAccount(t);
    const phone = await signIn(account.email, password);
    const laptop = await signIn(account.email, password);
    expect(await meStatus(phone.accessToken)).toBe(200);
    await t.gql(`mutation($t: String!) { logout(refreshToken: $t) }`, { t: phone.refreshToken });
    expect(await meStatus(phone.accessToken)).toBe(401);
    expect(await meStatus(laptop.accessToken)).toBe(200);
  });

  it('a replayed refresh token ends the access tokens of that session too', async () => {
    const { account, password } = await createAccount(t);
    const first = await signIn(account.email, password);
    const second = (await t.gql(REFRESH, { t: first.refreshToken })).data!.refreshToken as { accessToken: string };
    expect(await meStatus(second.accessToken)).toBe(200);
    await t.gql(REFRESH, { t: first.refreshToken }); // the thief's replay
    expect(await meStatus(second.accessToken)).toBe(401);
    expect(await meStatus(first.accessToken)).toBe(401);
  });

  it('disabling an account and changing its role end its access tokens at once', async () => {
    const admin = await createAccount(t, { role: Role.ADMIN });
    const a = await createAccount(t);
    const b = await createAccount(t);
    const sa = await signIn(a.account.email, a.password);
    const sb = await signIn(b.account.email, b.password);
    await t.gql(`mutation($id: ID!) { setAccountDisabled(id: $id, disabled: true) { id } }`, { id: a.account.id }, admin.token);
    expect(await meStatus(sa.accessToken)).toBe(401);
    await t.gql(`mutation($id: ID!) { setAccountRole(id: $id, role: EDITOR) { id } }`, { id: b.account.id }, admin.token);
    expect(await meStatus(sb.accessToken)).toBe(401);
    // The session itself goes on: a refresh gives a token with the new role.
    const renewed = (await t.gql(REFRESH, { t: sb.refreshToken })).data!.refreshToken as { accessToken: string };
    expect((await t.gql<{ me: { role: string } }>('{ me { role } }', {}, renewed.accessToken)).data?.me.role).toBe('EDITOR');
  });

  it('refuses a correctly signed token without an expiry, or without a session', async () => {
    const { account, password } = await createAccount(t);
    const live = await signIn(account.email, password);
    const claims = JSON.parse(Buffer.from(live.accessToken.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
    const jwt = new JwtService({ secret: t.app.get(JwtSecret).value });
    const sign = (payload: Record<string, unknown>) =>
      jwt.sign(payload, { algorithm: ACCESS_TOKEN.algorithm, issuer: ACCESS_TOKEN.issuer, audience: ACCESS_TOKEN.audience });
    const { exp: _exp, iat: _iat, iss: _iss, aud: _aud, ...rest } = claims;
    const withExpiry = sign({ ...rest, exp: Math.floor(Date.now() / 1000) + 600 });
    expect(await meStatus(withExpiry)).toBe(200);
    expect(await meStatus(sign(rest))).toBe(401);
    const { sid: _sid, ...withoutSession } = rest;
    expect(await meStatus(sign({ ...withoutSession, exp: Math.floor(Date.now() / 1000) + 600 }))).toBe(401);
  });
});
