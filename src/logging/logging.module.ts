import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Global, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import pinoPretty from 'pino-pretty';
import { Environment } from '../config/environment';
import { LOG_REDACT_PATHS, operationNameOf, serializeError } from './log-privacy';

/** Where log lines go: stdout, or a capture in tests. */
export const LOG_DESTINATION = Symbol('LOG_DESTINATION');

@Global()
@Module({
  providers: [{ provide: LOG_DESTINATION, useValue: process.stdout }],
  exports: [LOG_DESTINATION],
})
class LogDestinationModule {}

type Req = IncomingMessage & { body?: unknown; query?: unknown };

/**
 * Where the lines go: on a developer's terminal, pino-pretty's coloured one-liners; anywhere
 * else (production, pipes, files, log collectors, tests) one JSON object per line.
 */
export function logStream(destination: DestinationStream, env: Environment): DestinationStream {
  const terminal = destination === process.stdout && process.stdout.isTTY === true;
  if (!terminal || env.isProduction) return destination;
  return pinoPretty({ destination: process.stdout, colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' });
}

/**
 * JSON logs (pretty on a development terminal, see logStream). Every line written while a request is handled carries its id (`req.id`, from
 * a valid X-Request-Id or a fresh uuid) and its GraphQL operation name; what could identify
 * or expose a person (credentials, contact values, search text, SQL parameters) is left out.
 */
@Module({
  imports: [
    LogDestinationModule,
    LoggerModule.forRootAsync({
      imports: [LogDestinationModule],
      inject: [Environment, LOG_DESTINATION],
      useFactory: (env: Environment, destination: DestinationStream) => ({
        pinoHttp: [
          {
            level: env.LOG_LEVEL,
            genReqId: (req: IncomingMessage, res: ServerResponse) => {
              const given = req.headers['x-request-id'];
              const id = typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
              res.setHeader('x-request-id', id);
              return id;
            },
            redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' },
            serializers: {
              // The path only: query strings may hold search text or a GET request's variables.
              req: (req: { id: string; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                path: req.url?.split('?')[0],
              }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
              err: serializeError,
            },
            autoLogging: { ignore: (req: IncomingMessage) => req.url?.startsWith('/health') ?? false },
            customProps: (req: IncomingMessage) => ({ operationName: operationNameOf((req as Req).body, (req as Req).query) }),
          },
          logStream(destination, env),
        ],
      }),
    }),
  ],
})
export class LoggingModule {}
