import { randomUUID } from 'node:crypto';
import { ThrottlerStorageService, type ThrottlerStorage } from '@nestjs/throttler';
import type Redis from 'ioredis';
import { AppError } from '../common/errors/app-errors';
import { DATABASE_UNAVAILABLE_MESSAGE } from '../common/errors/database-errors';
import { ErrorCode } from '../common/errors/error-code';

export type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * Counters and short-lived marks that every instance of the app sees: in Redis when
 * REDIS_URL is set, in this process's memory otherwise (one instance, the embedded default).
 *
 * - `increment` is @nestjs/throttler's storage interface, so the same store backs the
 *   `@RateLimit` guards and any module's own limits (inject `SharedCounterStore`, or the
 *   `ThrottlerStorage` token, which names the same instance).
 * - `mark`/`isMarked` hold a flag for a while (the read-your-writes window after a write).
 */
export abstract class SharedCounterStore implements ThrottlerStorage {
  /** Where the counters live, for logs and health output. */
  abstract readonly kind: 'memory' | 'redis';

  /**
   * Counts one hit on `key` for `throttlerName` in a sliding window of `ttl` ms. With
   * `blockDuration` > 0 the hit past `limit` blocks the key for that long (then counting starts
   * again); with 0 a hit at the limit is refused and not counted, and the key frees up as its
   * oldest hits age out. Times in the record are in seconds, as @nestjs/throttler expects.
   */
  abstract increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord>;

  /** Sets a flag on `key` for `ttlMs` (a later call extends it). */
  abstract mark(key: string, ttlMs: number): Promise<void>;

  abstract isMarked(key: string): Promise<boolean>;

  abstract close(): Promise<void>;
}

/** In memory: @nestjs/throttler's own storage, plus a map of marks. */
export class MemoryCounterStore extends SharedCounterStore {
  readonly kind = 'memory' as const;
  private readonly counters = new ThrottlerStorageService();
  private readonly marks = new Map<string, number>();

  increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    return this.counters.increment(key, ttl, limit, blockDuration, throttlerName);
  }

  async mark(key: string, ttlMs: number): Promise<void> {
    const now = Date.now();
    // Dropping expired marks on write keeps the map as small as the live windows.
    if (this.marks.size > 10_000) for (const [k, until] of this.marks) if (until <= now) this.marks.delete(k);
    this.marks.set(key, Math.max(this.marks.get(key) ?? 0, now + ttlMs));
  }

  async isMarked(key: string): Promise<boolean> {
    return (this.marks.get(key) ?? 0) > Date.now();
  }

  async close(): Promise<void> {
    this.counters.onApplicationShutdown();
    this.marks.clear();
  }
}

/**
 * One atomic step per hit (a Lua script, so two instances counting the same key at once
 * never both slip under the limit). The hits are a sorted set of timestamps (a sliding
 * window, like the in-memory storage's list of hit expiries); a block is a key of its own
 * with the block's expiry. Redis's clock is the one clock all instances share.
 *
 * KEYS: hits, block. ARGV: ttl ms, limit, block ms, a unique member for this hit.
 * Returns: hits, ms until the oldest hit expires, blocked (0/1), ms until the block ends.
 */
const INCREMENT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local block = tonumber(ARGV[3])
local blockedFor = redis.call('PTTL', KEYS[2])
if blockedFor > 0 then
  return { limit + 1, blockedFor, 1, blockedFor }
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - ttl)
local hits = redis.call('ZCARD', KEYS[1])
local function untilOldestExpires()
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  if oldest[2] then return tonumber(oldest[2]) + ttl - now end
  return ttl
end
if block <= 0 then
  if hits >= limit then
    local wait = untilOldestExpires()
    return { hits + 1, wait, 1, wait }
  end
  redis.call('ZADD', KEYS[1], now, ARGV[4])
  redis.call('PEXPIRE', KEYS[1], ttl)
  return { hits + 1, untilOldestExpires(), 0, 0 }
end
redis.call('ZADD', KEYS[1], now, ARGV[4])
hits = hits + 1
if hits > limit then
  -- Blocked: the hits so far no longer matter; counting starts afresh when the block ends.
  redis.call('SET', KEYS[2], '1', 'PX', block)
  redis.call('DEL', KEYS[1])
  return { hits, block, 1, block }
end
redis.call('PEXPIRE', KEYS[1], ttl)
return { hits, untilOldestExpires(), 0, 0 }
`;

type WithIncrement = Redis & {
  kkIncrement(hits: string, block: string, ttl: number, limit: number, blockMs: number, member: string): Promise<[number, number, number, number]>;
};

/**
 * Redis away: the limited operation is refused as an outage (the client tries again) rather
 * than let through uncounted, so a Redis outage never switches the limits off.
 */
const unavailable = (): never => {
  throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE);
};

const seconds = (ms: number) => Math.max(0, Math.ceil(ms / 1000));

export class RedisCounterStore extends SharedCounterStore {
  readonly kind = 'redis' as const;
  private readonly redis: WithIncrement;

  constructor(
    redis: Redis,
    private readonly prefix = 'kk:',
  ) {
    super();
    redis.defineCommand('kkIncrement', { numberOfKeys: 2, lua: INCREMENT });
    this.redis = redis as WithIncrement;
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    // One hash tag per key, so both keys land on one slot of a Redis Cluster too.
    const base = `${this.prefix}rl:{${key}:${throttlerName}}`;
    const [hits, toExpire, blocked, toBlockExpire] = await this.redis
      .kkIncrement(`${base}:hits`, `${base}:block`, Math.max(1, Math.round(ttl)), limit, Math.max(0, Math.round(blockDuration)), randomUUID())
      .catch(unavailable);
    return { totalHits: hits, timeToExpire: seconds(toExpire), isBlocked: blocked === 1, timeToBlockExpire: seconds(toBlockExpire) };
  }

  async mark(key: string, ttlMs: number): Promise<void> {
    await this.redis.set(`${this.prefix}mark:${key}`, '1', 'PX', Math.max(1, Math.round(ttlMs)));
  }

  async isMarked(key: string): Promise<boolean> {
    return (await this.redis.exists(`${this.prefix}mark:${key}`)) === 1;
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
