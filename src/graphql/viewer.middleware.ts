import { Injectable, Logger, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import passport from 'passport';
import { ErrorCode } from '../common/errors/error-code';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../common/errors/database-errors';
import type { Viewer } from './viewer';

/**
 * Runs before GraphQL: sets `req.viewer` from the bearer access token (null when none is
 * sent). A token that is forged, expired, or belongs to a disabled or deleted account is
 * refused outright (401), so the client knows to refresh or sign in again rather than
 * silently seeing the public view.
 */
@Injectable()
export class ViewerMiddleware implements NestMiddleware {
  private readonly logger = new Logger(ViewerMiddleware.name);

  use(req: Request & { viewer?: Viewer | null }, res: Response, next: NextFunction): void {
    req.viewer = null;
    if (!req.headers.authorization) return next();
    const authenticate = passport.authenticate(
      'jwt',
      { session: false },
      (err: unknown, viewer: Viewer | false) => {
        if (err && isDatabaseUnavailable(err)) {
          // The account could not be looked up: an outage, answered like the GraphQL layer does.
          this.logger.warn(`Database unavailable while checking an access token: ${(err as Error).message}`);
          return unavailable(res);
        }
        if (err) return next(err);
        if (!viewer) return refuse(res);
        req.viewer = viewer;
        next();
      },
    ) as (req: Request, res: Response, next: NextFunction) => void;
    authenticate(req, res, next);
  }
}

function refuse(res: Response): void {
  res
    .status(401)
    .set('WWW-Authenticate', 'Bearer error="invalid_token"')
    .json({
      errors: [
        {
          message: 'Innloggingen er ugyldig eller utløpt. Logg inn på nytt.',
          extensions: { code: ErrorCode.UNAUTHENTICATED },
        },
      ],
    });
}

function unavailable(res: Response): void {
  res
    .status(503)
    .set('Retry-After', '5')
    .json({ errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } }] });
}
