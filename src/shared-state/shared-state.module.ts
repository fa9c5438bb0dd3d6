import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { Environment } from '../config/environment';
import { MemoryCounterStore, RedisCounterStore, SharedCounterStore } from './shared-counter-store';

/** Connects to REDIS_URL (failing start-up with a clear message when it does not answer). */
export async function createCounterStore(env: Pick<Environment, 'REDIS_URL' | 'REDIS_PREFIX'>): Promise<SharedCounterStore> {
  if (!env.REDIS_URL) return new MemoryCounterStore();
  const redis = new Redis(env.REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 5_000,
    // A rate-limit check waits at most a second for Redis, and does not queue while it is
    // away: the request fails (SERVICE_UNAVAILABLE) rather than hanging.
    commandTimeout: 1_000,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
  });
  const logger = new Logger('SharedState');
  redis.on('error', (err: Error) => logger.warn(`Redis: ${err.message}`));
  try {
    await redis.connect();
  } catch (err) {
    redis.disconnect();
    throw new Error(`REDIS_URL does not answer: ${(err as Error).message}`, { cause: err });
  }
  logger.log('Rate limits and read-your-writes marks are shared through Redis');
  return new RedisCounterStore(redis, env.REDIS_PREFIX);
}

/**
 * State every instance of the app must share: the {@link SharedCounterStore} (rate limits,
 * other counters, short marks). Global, so any module can inject it.
 */
@Global()
@Module({
  providers: [{ provide: SharedCounterStore, inject: [Environment], useFactory: createCounterStore }],
  exports: [SharedCounterStore],
})
export class SharedStateModule implements OnApplicationShutdown {
  constructor(@Inject(SharedCounterStore) private readonly store: SharedCounterStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
