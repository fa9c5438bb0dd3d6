import { createTestApp, TestApp } from '../utils/test-app';
import { LogCapture } from './log-capture';

// The level production runs at; what must not appear here must not appear in production.
process.env.LOG_LEVEL = 'info';

describe('request logs', () => {
  let t: TestApp;
  const logs = new LogCapture();
  const secrets = {
    email: 'loggfri.person@example.no',
    password: 'Hemmelig-Passord-Som-Ingen-Skal-Se-91',
    phone: '+47 912 34 567',
    search: 'kronisk utmattelse hos ungdom',
  };

  beforeAll(async () => {
    t = await createTestApp({ configure: logs.configure });
    LogCapture.useAppLogger(t);
    logs.clear();
  });
  afterAll(() => t?.close());

  it('leaves out passwords, tokens, private contact values and search text, and tags every line with request id and operation', async () => {
    const registered = await t.gql(
      `mutation Registrer($input: RegisterInput!) { register(input: $input) { accessToken refreshToken account { id } } }`,
      { input: { email: secrets.email, password: secrets.password, givenName: 'Logg', familyName: 'Fri' } },
    );
    expect(registered.errors).toBeUndefined();
    const { accessToken, refreshToken } = registered.data!.register as { accessToken: string; refreshToken: string };

    const login = await t.http().post('/graphql').set('content-type', 'application/json').send({
      query: `mutation { login(email: "${secrets.email}", password: "${secrets.password}") { accessToken } }`,
    });
    expect(login.body.errors).toBeUndefined();

    const edited = await t.gql(
      `mutation Lagre($input: ProfileInput!) { updateMyProfile(input: $input, expectedVersion: 1) { phone } }`,
      { input: { phone: secrets.phone, phoneVisibility: 'PRIVATE' } },
      accessToken,
    );
    expect(edited.errors).toBeUndefined();

    await t.gql(`query Finn($q: String) { organizations(query: $q) { name } }`, { q: secrets.search });
    await t.http().get('/graphql').query({ query: `{ organizations(query: "${secrets.search}") { name } }` })
      .set('apollo-require-preflight', 'true');
    await t.http().post('/graphql').set('content-type', 'application/json').set('x-request-id', 'min-egen-id')
      .send({ query: '{ networks { slug } }' });

    const text = logs.text;
    expect(logs.lines.length).toBeGreaterThanOrEqual(6);
    for (const secret of [...Object.values(secrets), 'loggfri.person', accessToken, refreshToken, 'kronisk']) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/authorization|bearer/i);

    for (const line of logs.lines) {
      expect(line.req?.id).toEqual(expect.any(String));
      expect(line).toHaveProperty('operationName');
    }
    expect(logs.lines.map((l) => l.operationName)).toEqual(
      expect.arrayContaining(['Registrer', 'Lagre', 'Finn', 'anonymous']),
    );
    const own = logs.lines.find((l) => l.req?.id === 'min-egen-id');
    expect(own).toMatchObject({ msg: 'request completed', res: { statusCode: 200 } });
    // The request id comes back to the client, to quote when reporting a problem.
    const res = await t.http().post('/graphql').set('content-type', 'application/json').send({ query: '{ networks { slug } }' });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
