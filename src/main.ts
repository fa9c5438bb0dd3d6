import 'reflect-metadata';
import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { Environment, EnvironmentError, validateEnvironment } from './config/environment';

async function bootstrap(): Promise<void> {
  const started = Date.now();
  // Validate before anything else starts, so a bad value stops us with a clear message.
  validateEnvironment(process.env);
  const app = await NestFactory.create(AppModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  configureApp(app);
  const env = app.get(Environment);
  await app.listen(env.PORT);
  app.get(Logger).log(`Kompetansekatalogen listening on http://localhost:${env.PORT}/graphql (ready in ${Date.now() - started} ms)`);
}

bootstrap().catch((err: unknown) => {
  if (err instanceof EnvironmentError) {
    console.error(err.message);
  } else {
    new NestLogger('Bootstrap').error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  }
  process.exit(1);
});
