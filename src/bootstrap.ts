import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { Environment } from './config/environment';
import { JobQueue } from './jobs/job-queue.service';

export async function bootstrap(started = Date.now()): Promise<void> {
  const app = await NestFactory.create(AppModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  configureApp(app);
  const env = app.get(Environment);
  await app.listen(env.PORT);
  shutDownOnSignal(app);
  // Tests and `npm run jobs` boot the app without this worker and run jobs when they choose.
  if (env.JOBS_WORKER) app.get(JobQueue).startWorker();
  app.get(Logger).log(`Kompetansekatalogen listening on http://localhost:${env.PORT}/graphql (ready in ${Date.now() - started} ms)`);
}

/**
 * SIGTERM/SIGINT: stop taking new connections, let requests in flight finish, close the pool
 * and the embedded database, then exit 0 so orchestrators see a clean stop.
 */
function shutDownOnSignal(app: INestApplication): void {
  const logger = app.get(Logger);
  let closing = false;
  const close = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal} received: shutting down`);
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error(err, 'Shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', close);
  process.once('SIGINT', close);
}
