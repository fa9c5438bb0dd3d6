import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { resilientPg } from './resilient-pg';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface ConnectionSettings {
  url: string;
  embedded: boolean;
  replicaUrls?: string[];
  poolSize?: number;
  statementTimeoutMs?: number;
  applicationName?: string;
  /** The entity classes; the list lives at the top (src/entities.ts), so this layer needs none of them. */
  entities?: DataSourceOptions['entities'];
}

export const MIGRATIONS_TABLE = 'schema_migrations';

/** One set of TypeORM options for the app, the CLI, the seed commands and the tests. */
export function buildDataSourceOptions(settings: ConnectionSettings): DataSourceOptions {
  const statementTimeout = settings.statementTimeoutMs ?? 15_000;
  const pgOptions = {
    // PGlite serves one query at a time: one pooled connection avoids head-of-line surprises.
    max: settings.embedded ? 1 : (settings.poolSize ?? 10),
    // A database that does not answer fails the request (SERVICE_UNAVAILABLE) instead of
    // queueing it; broken idle connections are noticed by TCP keep-alive.
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    application_name: settings.applicationName ?? 'kompetansekatalogen',
    ...(settings.embedded
      ? {}
      : {
          statement_timeout: statementTimeout,
          // JIT compiles any statement estimated above jit_above_cost on every run; the search
          // facets at 100,000 profiles paid ~60 ms for it each time and never won it back.
          options: '-c jit=off',
        }),
  };
  const base = {
    type: 'postgres' as const,
    driver: resilientPg(),
    entities: settings.entities ?? [],
    migrations: MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsTransactionMode: 'each' as const,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // Extensions are created by migrations; gen_random_uuid() is core PostgreSQL since 13.
    installExtensions: false,
    uuidExtension: 'pgcrypto' as const,
    extra: pgOptions,
  };
  if (settings.replicaUrls && settings.replicaUrls.length > 0) {
    return {
      ...base,
      replication: {
        master: { url: settings.url },
        slaves: settings.replicaUrls.map((url) => ({ url })),
      },
    };
  }
  return { ...base, url: settings.url };
}
