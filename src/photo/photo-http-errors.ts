import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger, NotFoundException, PayloadTooLargeException, UnauthorizedException } from '@nestjs/common';
import type { Response } from 'express';
import { ErrorCode } from '../common/errors/error-code';
import { isDatabaseUnavailable, DATABASE_UNAVAILABLE_MESSAGE } from '../common/errors/database-errors';
import { PHOTO_MESSAGES, PhotoRefused, type PhotoRefusalReason } from './photo-renderer';

const REFUSAL_STATUS: Record<PhotoRefusalReason, number> = {
  'no-file': 400,
  'not-an-image': 415,
  'too-many-pixels': 422,
  'too-large': 413,
};

const send = (res: Response, status: number, message: string, code: ErrorCode, field?: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] });

/**
 * The portrait routes answer in the same error shape as GraphQL ({ errors: [{ message,
 * extensions: { code, field } }] }), in Norwegian, and show nothing of multer's or sharp's internals.
 */
@Catch()
export class PhotoHttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('PhotoUpload');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof PhotoRefused) {
      send(res, REFUSAL_STATUS[exception.reason], exception.message, ErrorCode.BAD_USER_INPUT, 'photo');
    } else if (exception instanceof UnauthorizedException) {
      res.set('WWW-Authenticate', 'Bearer');
      send(res, 401, 'Du må logge inn.', ErrorCode.UNAUTHENTICATED);
    } else if (exception instanceof NotFoundException) {
      send(res, 404, 'Fant ikke bildet.', ErrorCode.NOT_FOUND);
    } else if (exception instanceof PayloadTooLargeException) {
      send(res, 413, PHOTO_MESSAGES['too-large'], ErrorCode.BAD_USER_INPUT, 'photo');
    } else if (exception instanceof HttpException && exception.getStatus() < 500) {
      send(res, 400, 'Send bildet som multipart/form-data i feltet «photo», ett bilde om gangen.', ErrorCode.BAD_USER_INPUT, 'photo');
    } else if (isDatabaseUnavailable(exception)) {
      this.logger.warn(`Database unavailable: ${(exception as Error).message}`);
      res.set('Retry-After', '5');
      send(res, 503, DATABASE_UNAVAILABLE_MESSAGE, ErrorCode.SERVICE_UNAVAILABLE);
    } else {
      this.logger.error(exception instanceof Error ? exception : String(exception));
      send(res, 500, 'Noe gikk galt. Prøv igjen senere.', ErrorCode.INTERNAL_SERVER_ERROR);
    }
  }
}
