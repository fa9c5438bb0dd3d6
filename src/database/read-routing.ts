import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, Logger, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { DataSource, QueryRunner, ReplicationMode } from 'typeorm';
import { isDatabaseUnavailable } from '../common/errors/database-errors';

interface RoutingState {
  /** Plain reads of this request may go to a replica. */
  replica: boolean;
  /** Accounts this request wrote for (or signed in), whose next reads must see it. */
  writers: Set<string>;
}

const state = new AsyncLocalStorage<RoutingState>();

/**
 * Which server a request's reads go to when DATABASE_REPLICA_URLS is set. Every request
 * starts on the primary; the GraphQL layer moves the reads of a query operation to the
 * replicas (`preferReplicas`) unless the viewer wrote a moment ago. Writes and transactions
 * always go to the primary, whatever this says; so does everything outside a request
 * (start-up, migrations, commands).
 */
@Injectable()
export class ReadRouting {
  constructor(readonly hasReplicas: boolean) {}

  /** Runs `fn` (the rest of a request) with its own routing state, reads on the primary. */
  static run<T>(fn: () => T): T {
    return state.run({ replica: false, writers: new Set() }, fn);
  }

  preferReplicas(): void {
    const current = state.getStore();
    if (current) current.replica = true;
  }

  /** True while the current request's plain reads may go to a replica. */
  onReplica(): boolean {
    return this.hasReplicas && (state.getStore()?.replica ?? false);
  }

  /** Notes that this request wrote on behalf of `accountId` (also: signed it in). */
  noteWriter(accountId: string): void {
    state.getStore()?.writers.add(accountId);
  }

  writers(): ReadonlySet<string> {
    return state.getStore()?.writers ?? new Set();
  }
}

/** Gives each request its routing state; registered before the GraphQL endpoint. */
@Injectable()
export class ReadRoutingMiddleware implements NestMiddleware {
  use(_req: Request, _res: Response, next: NextFunction): void {
    ReadRouting.run(next);
  }
}

// A statement that only reads and holds no session state: safe on a read-only standby.
const PLAIN_READ = /^\s*(SELECT|WITH|SHOW)\b/i;
const NOT_PLAIN = /\b(INSERT|UPDATE|DELETE|MERGE|pg_advisory\w*|nextval|setval|set_config|search_refresh|FOR\s+(UPDATE|SHARE|NO KEY|KEY))\b/i;
export const isPlainRead = (sql: string): boolean => PLAIN_READ.test(sql) && !NOT_PLAIN.test(sql);

/**
 * Teaches a DataSource with replicas to follow {@link ReadRouting}. TypeORM on its own sends
 * every query builder and `find` to a replica and every raw `query()` to the primary,
 * whoever asks; here both go where the request's state says: query builders through
 * `defaultReplicationModeForReads`, raw statements when they are plain reads. A transaction
 * takes its own query runner on the primary, so nothing inside one moves. A replica that
 * cannot be reached (down, restarting, connections cut) costs the read a second try on the
 * primary instead of failing the request: reads change nothing, so running one again is safe.
 */
export function routeReads(dataSource: DataSource, routing: ReadRouting, logger = new Logger('ReadRouting')): DataSource {
  if (!routing.hasReplicas) return dataSource;
  dataSource.defaultReplicationModeForReads = (): ReplicationMode => (routing.onReplica() ? 'slave' : 'master');

  const query = dataSource.query.bind(dataSource);
  dataSource.query = (async (sql: string, parameters?: unknown[], queryRunner?: unknown) => {
    if (queryRunner || !routing.onReplica() || !isPlainRead(sql)) return query(sql, parameters, queryRunner as never);
    const runner = dataSource.createQueryRunner('slave');
    try {
      return await runner.query(sql, parameters);
    } finally {
      await runner.release();
    }
  }) as DataSource['query'];

  const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (mode: ReplicationMode = 'master'): QueryRunner => {
    const runner = createQueryRunner(mode);
    if (mode !== 'slave') return runner;
    const onReplica = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
    (runner as { query: unknown }).query = async (...args: unknown[]) => {
      try {
        return await onReplica(...args);
      } catch (err) {
        if (!isDatabaseUnavailable(err) || runner.isTransactionActive) throw err;
        logger.warn(`Replica unavailable, reading from the primary: ${(err as Error).message}`);
        const primary = createQueryRunner('master');
        try {
          return await (primary.query as (...a: unknown[]) => Promise<unknown>)(...args);
        } finally {
          await primary.release();
        }
      }
    };
    return runner;
  };
  return dataSource;
}
