import type { INestApplication } from '@nestjs/common';
import { json } from 'express';

/** HTTP-level settings shared by main.ts and the e2e tests, so tests run the real thing. */
export function configureApp(app: INestApplication): INestApplication {
  app.use(json({ limit: '1mb' }));
  return app;
}
