import { EnvironmentError, validateEnvironment } from '../../src/config/environment';
import { startProcess } from '../support/spawn-app';
import { createTestApp, TestApp } from '../support/test-app';
import { LogCapture } from '../support/log-capture';

// Read when the app is built (ConfigModule and Apollo), so set before createTestApp.
process.env.NODE_ENV = 'production';
process.env.JWT_SECRET = 'a-production-secret-of-at-least-32-characters';
delete process.env.GRAPHQL_INTROSPECTION;

describe('production mode', () => {
  let t: TestApp;
  const logs = new LogCapture();
  const post = (body: object, headers: Record<string, string> = {}) =>
    t.http().post('/graphql').set('content-type', 'application/json').set(headers).send(body);

  beforeAll(async () => {
    t = await createTestApp({ configure: logs.configure });
    LogCapture.useAppLogger(t);
  });
  afterAll(() => t?.close());

  it('requires JWT_SECRET', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow(EnvironmentError);
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
  });

  it('refuses introspection', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Researcher") { fields { name } } }']) {
      const res = await post({ query });
      expect(res.status).toBe(400);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    // Plain queries still work, __typename included.
    const ok = await post({ query: '{ __typename networks { slug } }' });
    expect(ok.body.data.networks).toHaveLength(3);
  });

  it('serves no landing page or GraphiQL', async () => {
    const res = await t.http().get('/graphql').set('accept', 'text/html');
    expect(res.headers['content-type'] ?? '').not.toMatch(/html/);
    expect(res.text).not.toMatch(/graphiql|<html/i);
  });

  it('gives no field suggestions that would map the schema', async () => {
    const res = await post({ query: '{ networks { slgu } researcher(slug: "x") { emial } }' });
    expect(res.status).toBe(400);
    const messages = res.body.errors.map((e: { message: string }) => e.message).join('\n');
    expect(messages).toMatch(/slgu/);
    expect(messages).not.toMatch(/Did you mean|"slug"|"email"/);
  });

  it('masks unexpected errors, and logs them in full with the request id and operation', async () => {
    // Break the database under the app: the next read fails inside TypeORM.
    await t.dataSource.query('ALTER TABLE organization RENAME TO organization_moved');
    logs.clear();
    try {
      const res = await post({ query: 'query Organisasjoner { organizations { name } }' }, { 'x-request-id': 'prod-req-1' });
      expect(res.body.errors).toEqual([
        {
          message: 'Det oppstod en uventet feil. Prøv igjen senere.',
          path: ['organizations'],
          locations: expect.any(Array),
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ]);
      expect(res.text).not.toMatch(/organization_moved|relation|QueryFailed|stack|\.ts:\d+|SELECT/i);
      expect(res.headers['x-request-id']).toBe('prod-req-1');

      const logged = logs.lines.find((l) => l.level >= 50 && l.req?.id === 'prod-req-1');
      expect(logged).toBeDefined();
      expect(logged!.operationName).toBe('Organisasjoner');
      expect(logged!.err.message).toBe('relation "organization" does not exist');
      expect(logged!.err.stack).toMatch(/QueryFailedError[\s\S]*\n\s+at /); // for whoever reads the log
      expect(logged!.err.query).toMatch(/FROM "organization"/);
      expect(logged!.err).not.toHaveProperty('parameters');
    } finally {
      await t.dataSource.query('ALTER TABLE organization_moved RENAME TO organization');
    }
  });

  it('never puts stack traces in responses', async () => {
    const res = await post({ query: '{ researcher { id } }' });
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|\bat \w/);
  });
});

describe('production mode with GRAPHQL_INTROSPECTION=true', () => {
  let t: TestApp;

  beforeAll(async () => {
    process.env.GRAPHQL_INTROSPECTION = 'true';
    t = await createTestApp();
  });
  afterAll(async () => {
    delete process.env.GRAPHQL_INTROSPECTION;
    await t?.close();
  });

  it('answers introspection and serves GraphiQL when configured on', async () => {
    const res = await t.gql('{ __type(name: "Researcher") { name } }');
    expect(res.data).toEqual({ __type: { name: 'Researcher' } });
    const page = await t.http().get('/graphql').set('accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/graphiql/i);
  });
});

describe('production start-up with a bad secret', () => {
  it('exits non-zero naming JWT_SECRET and its rule, and prints no part of the value', async () => {
    const secret = 'qZ8#vR2!mK5^tW';
    const { output, exited } = startProcess({ NODE_ENV: 'production', JWT_SECRET: secret });
    expect(await exited).not.toBe(0);
    expect(output()).toMatch(/JWT_SECRET: .*at least 32 characters/);
    // No run of 3 or more characters of the secret, anywhere in what the process wrote.
    const pieces = [...secret].flatMap((_, i) => Array.from({ length: secret.length - i - 2 }, (_, n) => secret.slice(i, i + 3 + n)));
    expect(pieces.filter((piece) => output().includes(piece))).toEqual([]);
  });
});
