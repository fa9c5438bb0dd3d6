import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from './database-errors';
import { ErrorCode } from './error-code';

/**
 * Client errors (bad input, not found, forbidden...) are answers, not failures: hand them
 * to GraphQL as they are, without Nest logging them as unhandled exceptions. A database
 * outage is answered as SERVICE_UNAVAILABLE with one warning line. Anything else goes on
 * as Nest would send it (logged, then masked by formatGraphQLError); HTTP routes keep
 * Nest's own handling.
 */
@Catch()
export class GraphQLErrorFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('ExceptionsHandler');

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() !== 'graphql') return super.catch(exception, host);
    if (exception instanceof GraphQLError) return exception;
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn(`Database unavailable: ${(exception as Error).message}`);
      return new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } });
    }
    if (exception instanceof Error) this.logger.error(exception);
    throw exception;
  }
}
