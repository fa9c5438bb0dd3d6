import type { INestApplication } from '@nestjs/common';
import { Test, TestingModuleBuilder } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { Environment, validateEnvironment } from '../../src/config/environment';
import { DatabaseEndpoint } from '../../src/database/database-endpoint';
import { QueryCounter } from './query-counter';
import { SmtpSink } from './smtp-sink';
import { createTestDatabase } from './test-database';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; field?: string } & Record<string, unknown> }>;
}

export interface TestApp {
  app: INestApplication;
  dataSource: DataSource;
  queries: QueryCounter;
  http: () => ReturnType<typeof request>;
  /** The app's own SMTP server on loopback (the app runs on SMTP_URL = `mail.url`): every mail it sent. */
  mail: SmtpSink;
  /** Sends one GraphQL operation; `token` signs the request in. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Further overrides (only of what leaves the machine). */
  configure?: (builder: TestingModuleBuilder) => TestingModuleBuilder;
  /** Where the app reaches its database (fault tests put a proxy in between). */
  endpoint?: (endpoint: DatabaseEndpoint) => DatabaseEndpoint;
  /** Another test app's database (and mail server) instead of new ones: a second instance of the app. */
  shareDatabaseOf?: TestApp;
}

/** Boots the real AppModule on a database of its own. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const created = options.shareDatabaseOf ? sharedEndpoint(options.shareDatabaseOf) : await createTestDatabase();
  const endpoint = options.endpoint ? options.endpoint(created) : created;
  // Instances of one deployment share its mail server; the one that started it stops it.
  const ownSink = options.shareDatabaseOf ? null : await SmtpSink.start();
  const mail = ownSink ?? options.shareDatabaseOf!.mail;
  let builder = Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(DatabaseEndpoint)
    .useValue(endpoint)
    .overrideProvider(Environment)
    .useFactory({ factory: () => validateEnvironment({ ...process.env, SMTP_URL: mail.url }) });
  if (options.configure) builder = options.configure(builder);
  let app: INestApplication;
  try {
    const moduleRef = await builder.compile();
    app = configureApp(moduleRef.createNestApplication({ logger: ['error', 'warn'] }));
    await app.init();
  } catch (err) {
    await ownSink?.stop();
    throw err;
  }
  const dataSource = app.get(DataSource);
  const queries = new QueryCounter(dataSource);
  const server = app.getHttpServer();

  return {
    app,
    dataSource,
    queries,
    http: () => request(server),
    mail,
    async gql(query, variables, token) {
      const req = request(server).post('/graphql').set('content-type', 'application/json');
      if (token) req.set('authorization', `Bearer ${token}`);
      const res = await req.send({ query, variables });
      return res.body;
    },
    async close() {
      try {
        await app.close();
      } finally {
        await ownSink?.stop();
      }
    },
  };
}

/** The database of a running test app, reached as another app instance would (the embedded one stays its owner's to stop). */
function sharedEndpoint(owner: TestApp): DatabaseEndpoint {
  const endpoint = owner.app.get(DatabaseEndpoint);
  return new DatabaseEndpoint(endpoint.url, null, [], endpoint.isEmbedded);
}
