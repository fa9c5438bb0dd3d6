import { DynamicModule, Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions } from 'typeorm';
import { Environment } from '../config/environment';
import { DatabaseEndpoint } from './database-endpoint';
import { buildDataSourceOptions } from './data-source-options';

/**
 * Connects TypeORM to the configured PostgreSQL, or to the embedded one, and applies
 * pending migrations at start-up. Schema synchronisation is never used.
 */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  /** `entities`: the list at the top of src/ (entities.ts); this layer knows none of them. */
  static forRoot(entities: NonNullable<DataSourceOptions['entities']>): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [Environment, DatabaseEndpoint],
          useFactory: (env: Environment, endpoint: DatabaseEndpoint) => {
            const logger = new Logger('Database');
            return {
              ...buildDataSourceOptions({
                url: endpoint.url,
                embedded: endpoint.isEmbedded,
                replicaUrls: endpoint.replicaUrls,
                poolSize: env.DATABASE_POOL_SIZE,
                statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
                entities,
              }),
              migrationsRun: true,
              // A broken idle connection must not crash the process; pg replaces it on next use.
              poolErrorHandler: (err: Error) => logger.warn(`Idle database connection failed: ${err.message}`),
            };
          },
        }),
      ],
      providers: [
        {
          provide: DatabaseEndpoint,
          inject: [Environment],
          useFactory: (env: Environment) => DatabaseEndpoint.fromEnvironment(env),
        },
      ],
      exports: [DatabaseEndpoint],
    };
  }

  constructor(
    @Inject(DatabaseEndpoint) private readonly endpoint: DatabaseEndpoint,
    private readonly dataSource: DataSource,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    // Close the pool before the embedded database, so PGlite is closed with no client attached
    // and its folder is left consistent.
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.endpoint.embedded?.stop();
    new Logger('Database').log('Database connections closed');
  }
}
