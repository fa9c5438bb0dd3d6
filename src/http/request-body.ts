import { json, type ErrorRequestHandler, type RequestHandler } from 'express';

/** The largest request body the API reads; anything bigger is refused before parsing. */
export const MAX_BODY_BYTES = 1024 * 1024;

const MESSAGES: Record<number, string> = {
  400: 'Forespørselen er ikke gyldig JSON.',
  413: 'Forespørselen er for stor.',
  415: 'Forespørselen har en tegnkoding eller komprimering vi ikke støtter.',
};

/**
 * Body-parser failures answered in the GraphQL error shape, so a client sees the same kind
 * of error whether its document or its HTTP body was at fault, and nothing of the parser's internals.
 */
const bodyErrors: ErrorRequestHandler = (err: { status?: number; type?: string }, _req, res, next) => {
  const status = err?.status;
  if (!status || !MESSAGES[status] || typeof err.type !== 'string') return next(err);
  res.status(status).json({ errors: [{ message: MESSAGES[status], extensions: { code: 'BAD_REQUEST' } }] });
};

export function requestBody(): Array<RequestHandler | ErrorRequestHandler> {
  return [json({ limit: MAX_BODY_BYTES }), bodyErrors];
}
