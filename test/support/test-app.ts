import type { INestApplication } from '@nestjs/common';
import { Test, TestingModuleBuilder } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { DatabaseEndpoint } from '../../src/database/database-endpoint';
import { MailTransport } from '../../src/mail/mail-transport';
import { MailCapture } from './mail-capture';
import { QueryCounter } from './query-counter';
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
  /** Every mail the app sent (mail never leaves the machine in tests). */
  mail: MailCapture;
  /** Sends one GraphQL operation; `token` signs the request in. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Further overrides (only of what leaves the machine). */
  configure?: (builder: TestingModuleBuilder) => TestingModuleBuilder;
  /** Where the app reaches its database (fault tests put a proxy in between). */
  endpoint?: (endpoint: DatabaseEndpoint) => DatabaseEndpoint;
  /** Another test app's database instead of a new one: a second instance of the app. */
  shareDatabaseOf?: TestApp;
}

/** Boots the real AppModule on a database of its own. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const created = options.shareDatabaseOf ? sharedEndpoint(options.shareDatabaseOf) : await createTestDatabase();
  const endpoint = options.endpoint ? options.endpoint(created) : created;
  const mail = new MailCapture();
  let builder = Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(DatabaseEndpoint)
    .useValue(endpoint)
    .overrideProvider(MailTransport)
    .useValue(mail);
  if (options.configure) builder = options.configure(builder);
  const moduleRef = await builder.compile();
  const app = configureApp(moduleRef.createNestApplication({ logger: ['error', 'warn'] }));
  await app.init();
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
      await app.close();
    },
  };
}

/** The database of a running test app, reached as another app instance would (the embedded one stays its owner's to stop). */
function sharedEndpoint(owner: TestApp): DatabaseEndpoint {
  const endpoint = owner.app.get(DatabaseEndpoint);
  return new DatabaseEndpoint(endpoint.url, null, [], endpoint.isEmbedded);
}
