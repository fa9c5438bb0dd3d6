import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code';

/** Errors meant for the client: the message is user-facing Bokmål, the code is stable. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badUserInput = (field: string, message: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { field });

export const notFound = (message = 'Fant ikke det du lette etter.') => new AppError(ErrorCode.NOT_FOUND, message);

export const unauthenticated = (message = 'Du må logge inn.') => new AppError(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message = 'Du har ikke tilgang til dette.') => new AppError(ErrorCode.FORBIDDEN, message);

export const conflict = (message: string, extra: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.CONFLICT, message, extra);

export const rateLimited = (retryAfterSeconds: number) =>
  new AppError(ErrorCode.RATE_LIMITED, `For mange forsøk. Prøv igjen om ${retryAfterSeconds} sekunder.`, {
    retryAfterSeconds,
  });
