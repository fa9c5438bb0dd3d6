import { CACHE_FRESH_MS, CACHE_MAX_INCREMENTAL_MS, VersionedCache } from './versioned-cache';

describe('VersionedCache', () => {
  let clock: number;
  let version: string;
  let cache: VersionedCache;
  let wholeRuns: number;
  let refreshRuns: number;
  const whole = async () => {
    wholeRuns += 1;
    return { value: `whole@${version}`, version, cacheable: true };
  };
  const refresh = async (value: string) => {
    refreshRuns += 1;
    return { value: `${value}+refreshed@${version}`, version, cacheable: true };
  };
  const flush = () => new Promise((r) => setImmediate(r));

  beforeEach(() => {
    clock = 0;
    version = '1';
    wholeRuns = 0;
    refreshRuns = 0;
    cache = new VersionedCache(async () => version, () => clock);
  });

  it('serves a kept value, confirms it by the version after a second, and brings it up to date when the version moved', async () => {
    expect(await cache.get('k', whole, refresh)).toBe('whole@1');
    version = '2';
    clock += CACHE_FRESH_MS - 1;
    expect(await cache.get('k', whole, refresh)).toBe('whole@1');
    clock += 1;
    // Behind: the kept value is served once more while it is brought up to date.
    expect(await cache.get('k', whole, refresh)).toBe('whole@1');
    await flush();
    expect(await cache.get('k', whole, refresh)).toBe('whole@1+refreshed@2');
    expect([wholeRuns, refreshRuns]).toEqual([1, 1]);
  });

  it('computes a value whole a minute after its last whole computation, even when nothing changed', async () => {
    await cache.get('k', whole, refresh);
    clock += CACHE_MAX_INCREMENTAL_MS;
    expect(await cache.get('k', whole, refresh)).toBe('whole@1');
    await flush();
    expect(wholeRuns).toBe(2);
    expect(refreshRuns).toBe(0);
  });

  it('never serves an old value whose version moved long ago: it waits for the new one', async () => {
    await cache.get('k', whole, refresh);
    version = '2';
    clock += 10 * CACHE_MAX_INCREMENTAL_MS;
    expect(await cache.get('k', whole, refresh)).toBe('whole@2');
    expect([wholeRuns, refreshRuns]).toEqual([2, 0]);
  });

  it('serves a cheap (strict) value only after reading the version for that very request', async () => {
    let reads = 0;
    const strictCache = new VersionedCache(async () => {
      reads += 1;
      return version;
    }, () => clock);
    const cheap = async () => {
      wholeRuns += 1;
      return { value: `cheap@${version}`, version, cacheable: true, strict: true };
    };
    expect(await strictCache.get('k', cheap)).toBe('cheap@1');
    expect(await strictCache.get('k', cheap)).toBe('cheap@1');
    expect([wholeRuns, reads]).toEqual([1, 1]);
    // Changed a moment later: the very next request sees it, no second of grace.
    version = '2';
    expect(await strictCache.get('k', cheap)).toBe('cheap@2');
    expect([wholeRuns, reads]).toEqual([2, 2]);
  });

  it('computes whole when the refresh cannot bring the value up to date', async () => {
    await cache.get('k', whole, async () => null);
    version = '2';
    clock += CACHE_FRESH_MS;
    await cache.get('k', whole, async () => null);
    await flush();
    expect(await cache.get('k', whole)).toBe('whole@2');
    expect(wholeRuns).toBe(2);
  });
});
