import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { MemoryCounterStore, RedisCounterStore, SharedCounterStore } from './shared-counter-store';

// The Redis the tests use (the one on this machine unless REDIS_TEST_URL says otherwise).
const REDIS_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';

/** The same behaviour from both stores: what @nestjs/throttler's own in-memory storage does. */
describe.each([
  ['memory', () => new MemoryCounterStore()],
  ['redis', () => new RedisCounterStore(new Redis(REDIS_URL), `kk-spec-${randomBytes(4).toString('hex')}:`)],
] as const)('%s counter store', (_kind, make) => {
  let store: SharedCounterStore;
  beforeEach(() => (store = make()));
  afterEach(() => store.close());

  it('blocks the hit past the limit for the block duration, per key', async () => {
    const seen = [];
    for (let i = 0; i < 4; i++) seen.push(await store.increment('k', 60_000, 3, 30_000, 'ip'));
    expect(seen.map((r) => [r.totalHits, r.isBlocked])).toEqual([[1, false], [2, false], [3, false], [4, true]]);
    expect(seen[3].timeToBlockExpire).toBeGreaterThan(25);
    expect(seen[3].timeToBlockExpire).toBeLessThanOrEqual(30);
    expect((await store.increment('k', 60_000, 3, 30_000, 'ip')).isBlocked).toBe(true);
    expect((await store.increment('other', 60_000, 3, 30_000, 'ip')).isBlocked).toBe(false);
  });

  it('starts counting afresh when a block ends', async () => {
    for (let i = 0; i < 3; i++) await store.increment('b', 60_000, 2, 300, 'ip');
    await new Promise((r) => setTimeout(r, 450));
    const after = await store.increment('b', 60_000, 2, 300, 'ip');
    expect(after).toMatchObject({ isBlocked: false, totalHits: 1 });
  });

  it('without a block duration, refuses at the limit without counting and frees up as hits age out', async () => {
    const seen = [];
    for (let i = 0; i < 3; i++) seen.push(await store.increment('s', 400, 2, 0, 'contact'));
    expect(seen.map((r) => r.isBlocked)).toEqual([false, false, true]);
    expect(seen[2].timeToBlockExpire).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 500));
    expect((await store.increment('s', 400, 2, 0, 'contact')).isBlocked).toBe(false);
  });

  it('holds a mark for its time', async () => {
    expect(await store.isMarked('m')).toBe(false);
    await store.mark('m', 300);
    expect(await store.isMarked('m')).toBe(true);
    await new Promise((r) => setTimeout(r, 400));
    expect(await store.isMarked('m')).toBe(false);
  });
});

describe('redis counter store', () => {
  it('counts hits from two instances at once exactly (one atomic step per hit)', async () => {
    const prefix = `kk-spec-${randomBytes(4).toString('hex')}:`;
    const a = new RedisCounterStore(new Redis(REDIS_URL), prefix);
    const b = new RedisCounterStore(new Redis(REDIS_URL), prefix);
    try {
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).increment('race', 60_000, 25, 60_000, 'ip')),
      );
      expect(results.filter((r) => !r.isBlocked)).toHaveLength(25);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
