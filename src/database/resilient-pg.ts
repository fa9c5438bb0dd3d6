import pg from 'pg';
import { isDatabaseUnavailable } from '../common/errors/database-errors';

type PooledClient = pg.PoolClient & { _poolUseCount?: number; retryDeadIdle?: boolean };

// Reads that may safely run on another connection instead: no transaction is open on the
// first statement after a checkout, and these change nothing (and hold no session state).
const RETRYABLE = /^\s*(SELECT|SHOW)\b/i;
const SESSION_BOUND = /\b(pg_advisory|nextval|setval|set_config|pg_sleep|FOR\s+(UPDATE|SHARE|NO KEY))/i;

/**
 * The `pg` driver with two changes for connections the server has dropped:
 * - every client has an error listener for its whole life. pg-pool listens only while a
 *   client is idle and TypeORM only while it holds one, so a connection killed in between
 *   (pg_terminate_backend, a restart, a network cut) would otherwise raise an unhandled
 *   'error' event and crash the process. The error still reaches the query that was running,
 *   and the pool still drops the broken client.
 * - a connection that died while idle in the pool fails only its first statement; when that
 *   statement is a plain read, it is run once more on another connection, so the request
 *   does not fail. Writes and transactions are never retried: the client is told (and may
 *   retry), so nothing is applied twice.
 */
export function resilientPg(onError: (err: Error) => void = () => undefined): typeof pg {
  class Pool extends pg.Pool {
    constructor(config?: pg.PoolConfig) {
      super(config);
      this.on('connect', (client) => {
        client.on('error', onError);
        this.retryFirstRead(client as PooledClient);
      });
      // Only a client that sat idle in the pool may have died unnoticed.
      this.on('acquire', (client) => {
        (client as PooledClient).retryDeadIdle = ((client as PooledClient)._poolUseCount ?? 0) > 0;
      });
    }

    private retryFirstRead(client: PooledClient): void {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as { query: unknown }).query = (...args: unknown[]) => {
        const retry = client.retryDeadIdle;
        client.retryDeadIdle = false;
        const [text, values, callback] = args;
        if (!retry || typeof text !== 'string' || typeof values === 'function' || callback !== undefined) return query(...args);
        if (!RETRYABLE.test(text) || SESSION_BOUND.test(text)) return query(...args);
        return (query(text, values) as Promise<pg.QueryResult>).catch((err: unknown) =>
          isDatabaseUnavailable(err) ? this.readElsewhere(text, values as unknown[] | undefined) : Promise.reject(err),
        );
      };
    }

    /** Runs a read on other connections, dropping each dead one met on the way (at most the pool's size). */
    private async readElsewhere(text: string, values: unknown[] | undefined): Promise<pg.QueryResult> {
      for (let attempt = 1; ; attempt++) {
        const client = (await this.connect()) as PooledClient;
        client.retryDeadIdle = false;
        try {
          const result = await client.query(text, values);
          client.release();
          return result;
        } catch (err) {
          client.release(err as Error);
          if (!isDatabaseUnavailable(err) || attempt >= (this.options.max ?? 10)) throw err;
        }
      }
    }
  }
  // Everything else (types, defaults, Client...) is pg's own.
  return Object.assign(Object.create(pg) as typeof pg, { Pool });
}
