import type { INestApplication } from '@nestjs/common';
import { requestBody } from './http/request-body';

/** HTTP-level settings shared by main.ts and the e2e tests, so tests run the real thing. */
export function configureApp(app: INestApplication): INestApplication {
  app.use(...requestBody());
  return app;
}
