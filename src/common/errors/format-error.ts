import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from './database-errors';
import { ErrorCode, PROTOCOL_ERROR_CODES } from './error-code';

const CLIENT_CODES = new Set<string>(Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR));
const logger = new Logger('GraphQL');

/**
 * The single place errors leave the server: known codes pass with their message,
 * everything else is logged in full and shown to the client masked.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  if (CLIENT_CODES.has(code) || PROTOCOL_ERROR_CODES.has(code)) {
    const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const original = unwrapResolverError(error);
  if (isDatabaseUnavailable(original)) {
    // An outage, not a bug: one line, and a code the client can retry on.
    logger.warn(`Database unavailable in ${formatted.path?.join('.') ?? 'request'}: ${(original as Error)?.message ?? String(original)}`);
    return {
      message: DATABASE_UNAVAILABLE_MESSAGE,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    };
  }
  logger.error(
    { err: original, path: formatted.path, code },
    `Unexpected error in ${formatted.path?.join('.') ?? 'request'}: ${(original as Error)?.message ?? String(original)}`,
  );
  return {
    message: 'Det oppstod en uventet feil. Prøv igjen senere.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
