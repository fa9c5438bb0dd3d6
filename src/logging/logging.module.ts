import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { Environment } from '../config/environment';

/** JSON logs with a request id on every line; secrets and contact values are redacted. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [Environment],
      useFactory: (env: Environment) => ({
        pinoHttp: {
          level: env.LOG_LEVEL,
          genReqId: (req: IncomingMessage) => {
            const given = req.headers['x-request-id'];
            return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
          },
          redact: {
            paths: [
              'req.headers.authorization',
              'req.headers.cookie',
              '*.password',
              '*.currentPassword',
              '*.newPassword',
              '*.token',
              '*.accessToken',
              '*.refreshToken',
              '*.email',
              '*.phone',
            ],
            censor: '[redacted]',
          },
          // Query strings may hold search text typed by the public; keep only the path.
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              path: req.url?.split('?')[0],
            }),
          },
          autoLogging: { ignore: (req: IncomingMessage) => req.url?.startsWith('/health') ?? false },
          customProps: (req: IncomingMessage) => ({
            operationName: (req as IncomingMessage & { body?: { operationName?: string } }).body?.operationName,
          }),
        },
      }),
    }),
  ],
})
export class LoggingModule {}
