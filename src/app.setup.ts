import type { INestApplication } from '@nestjs/common';
import { Environment } from './config/environment';
import { compressResponses } from './http/compress-responses';
import { requestBody } from './http/request-body';
import { applyServerTimeouts, requestTimeout } from './http/request-timeout';
import { securityHeaders } from './http/security-headers';
import { serveWebPages } from './web/web-pages';

/** HTTP-level settings shared by main.ts and the e2e tests, so tests run the real thing. */
export function configureApp(app: INestApplication): INestApplication {
  const env = app.get(Environment);
  // Behind a load balancer the socket address is the balancer's: only proxies named in
  // TRUST_PROXY may tell the client's address, which the rate limits are keyed on.
  app.getHttpAdapter().getInstance().set('trust proxy', env.TRUST_PROXY);
  applyServerTimeouts(app.getHttpServer(), env.REQUEST_TIMEOUT_MS);
  // First, so every answer carries the headers, errors and timeouts included.
  app.use(securityHeaders({ production: env.isProduction, graphiql: env.exposesSchema, graphqlPath: '/graphql' }));
  app.use(compressResponses(), requestTimeout(env.REQUEST_TIMEOUT_MS), ...requestBody());
  // The web pages (when built) at /, beside /graphql and /health.
  serveWebPages(app);
  return app;
}
