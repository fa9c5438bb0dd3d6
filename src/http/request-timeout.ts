import type { Server } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Answers 503 when a request is still unanswered after `ms`, so a client never waits on a
 * stuck database longer than that. The work itself is bounded by the statement timeout;
 * whatever it answers later is dropped.
 */
export function requestTimeout(ms: number): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      // The late answer is dropped quietly instead of failing on headers already sent.
      const setHeader = res.setHeader.bind(res);
      res.setHeader = (name, value) => (res.headersSent ? res : setHeader(name, value));
      res.status(503).set('retry-after', '5').json({
        errors: [{ message: 'Forespørselen tok for lang tid. Prøv igjen om litt.', extensions: { code: 'TIMEOUT' } }],
      });
    }, ms);
    timer.unref();
    res.once('close', () => clearTimeout(timer));
    next();
  };
}

/** Socket-level limits against clients that trickle their request in (slowloris). */
export function applyServerTimeouts(server: Server, requestTimeoutMs: number): void {
  server.headersTimeout = 10_000;
  // Time to receive the whole request; answering it is the middleware's business.
  server.requestTimeout = Math.max(requestTimeoutMs, 15_000);
  server.keepAliveTimeout = 5_000;
}
