/**
 * Two app instances on one Redis (REDIS_URL) count rate limits together: a client that
 * alternates between them gets the limit once, not once per instance.
 */
import { randomBytes } from 'node:crypto';
import { ThrottlerStorage } from '@nestjs/throttler';
import { RATE_LIMITS } from '../../src/auth/rate-limit';
import { SharedCounterStore } from '../../src/shared-state/shared-counter-store';
import { createTestApp, TestApp } from '../support/test-app';

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`;
const codeOf = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => String(res.errors?.[0]?.extensions?.code ?? 'ok');

describe('rate limits shared between instances through Redis', () => {
  jest.setTimeout(180_000);
  let a: TestApp;
  let b: TestApp;
  const saved = { url: process.env.REDIS_URL, prefix: process.env.REDIS_PREFIX };

  beforeAll(async () => {
    process.env.REDIS_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';
    // A prefix of this run's own, so counters of earlier runs (same IP, same keys) do not count.
    process.env.REDIS_PREFIX = `kk-test-${randomBytes(4).toString('hex')}:`;
    a = await createTestApp();
    b = await createTestApp();
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    for (const [name, value] of [['REDIS_URL', saved.url], ['REDIS_PREFIX', saved.prefix]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('uses one store for the guards and for modules that inject it', () => {
    const store = a.app.get(SharedCounterStore);
    expect(store.kind).toBe('redis');
    expect(a.app.get(ThrottlerStorage)).toBe(store);
  });

  it('refuses the login past the per-(address, client) limit, whichever instance the attempts reached', async () => {
    const email = `delt-${randomBytes(4).toString('hex')}@example.no`;
    const limit = RATE_LIMITS.login.keyed.limit;
    const seen: string[] = [];
    for (let i = 0; i < limit; i += 1) seen.push(codeOf(await (i % 2 ? b : a).gql(LOGIN, { e: email, p: 'feil-passord-x' })));
    // Each instance saw only half the limit; alone, either would still let the next one through.
    expect(seen).toEqual(Array(limit).fill('UNAUTHENTICATED'));
    const onA = await a.gql(LOGIN, { e: email, p: 'feil-passord-x' });
    expect(onA.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(codeOf(await b.gql(LOGIN, { e: email, p: 'feil-passord-x' }))).toBe('RATE_LIMITED');
    // Another account is not affected.
    expect(codeOf(await b.gql(LOGIN, { e: `annen-${email}`, p: 'feil-passord-x' }))).toBe('UNAUTHENTICATED');
  });

  it('lets a module count its own limit in the same store, seen by both instances', async () => {
    const key = `contact:sender:${randomBytes(4).toString('hex')}`;
    const onA = a.app.get<ThrottlerStorage>(ThrottlerStorage);
    const onB = b.app.get<ThrottlerStorage>(ThrottlerStorage);
    expect((await onA.increment(key, 60_000, 2, 0, 'contact')).isBlocked).toBe(false);
    expect((await onB.increment(key, 60_000, 2, 0, 'contact')).isBlocked).toBe(false);
    expect((await onA.increment(key, 60_000, 2, 0, 'contact')).isBlocked).toBe(true);
  });
});
