import { stdSerializers } from 'pino';

/**
 * Fields never written to the log, wherever they appear in a logged object: credentials,
 * tokens and contact values. (Request bodies and query strings are never logged, so neither is search text.)
 */
export const LOG_REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  ...['password', 'currentPassword', 'newPassword', 'token', 'accessToken', 'refreshToken', 'email', 'phone', 'variables'].flatMap(
    (key) => [key, `*.${key}`],
  ),
];

const NAMED_OPERATION = /^\s*(?:#[^\n]*\n\s*)*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/;

/**
 * The GraphQL operation a request names: `operationName`, or the name of the document's
 * first operation ("anonymous" when it has none), from a POST body or a GET query string;
 * null for requests that are not GraphQL. Read without parsing, so it costs nothing.
 */
export function operationNameOf(...sources: unknown[]): string | null {
  for (const source of sources) {
    if (!source || typeof source !== 'object') continue;
    const { operationName, query } = source as { operationName?: unknown; query?: unknown };
    if (typeof operationName === 'string' && /^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(operationName)) return operationName;
    if (typeof query === 'string') return NAMED_OPERATION.exec(query.slice(0, 1000))?.[1] ?? 'anonymous';
  }
  return null;
}

/**
 * Errors in full (type, message, stack, cause), but without the values a failed SQL
 * statement was run with: TypeORM attaches them as `parameters`, and they may be an
 * email address, a phone number or a password hash.
 */
export function serializeError(err: unknown): unknown {
  // pino-http hands custom serializers the output of pino's own error serializer.
  const serialized = err instanceof Error ? (stdSerializers.err(err) as unknown) : err;
  if (!serialized || typeof serialized !== 'object') return serialized;
  const { parameters: _parameters, detail: _detail, driverError, ...rest } = serialized as Record<string, unknown>;
  if (!driverError || typeof driverError !== 'object') return rest;
  const { parameters: _p, detail: _d, ...driver } = driverError as Record<string, unknown>;
  return { ...rest, driverError: driver };
}
