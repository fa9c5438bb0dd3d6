import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

type Directives = Record<string, string[]>;

/**
 * The pages load only their own scripts, styles and data; nothing inline, no eval, no
 * framing. The API's answers carry the same policy: a JSON body rendered by mistake runs nothing.
 */
export const CONTENT_SECURITY_POLICY: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Where @nestjs/apollo's GraphiQL page loads React, GraphiQL and its styles from. */
const GRAPHIQL_CDN = 'https://unpkg.com';

/**
 * GraphiQL (@nestjs/apollo's landing page) loads its scripts and styles from a CDN and starts
 * with an inline script and an inline style block whose text comes with the library, so
 * their hashes would break on any upgrade. Only that page, and only where GraphiQL is on
 * (development, or GRAPHQL_INTROSPECTION=true), gets this looser policy; it shows no user data.
 */
export const GRAPHIQL_CONTENT_SECURITY_POLICY: Directives = {
  ...CONTENT_SECURITY_POLICY,
  'script-src': ["'self'", "'unsafe-inline'", GRAPHIQL_CDN],
  'style-src': ["'self'", "'unsafe-inline'", GRAPHIQL_CDN],
  'img-src': ["'self'", 'data:', GRAPHIQL_CDN],
  'font-src': ["'self'", 'data:', GRAPHIQL_CDN],
};

export interface SecurityHeadersOptions {
  /** HSTS only in production: on http://localhost it would pin the browser to HTTPS for a year. */
  production: boolean;
  /** GraphiQL is served at `graphqlPath` (GET, asking for HTML). */
  graphiql: boolean;
  graphqlPath: string;
}

function helmetWith(csp: Directives, production: boolean): RequestHandler {
  const options: HelmetOptions = {
    // Our own list, not helmet's defaults plus ours: upgrade-insecure-requests would send the
    // browser to https://127.0.0.1 when the app runs over plain HTTP on this machine.
    contentSecurityPolicy: { useDefaults: false, directives: csp },
    strictTransportSecurity: production ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true } : false,
    // As the pages had before helmet: never framed, and other sites see only our origin.
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  };
  return helmet(options) as RequestHandler;
}

/** Asks for the GraphiQL page rather than a GraphQL answer (as Apollo decides it: HTML over JSON). */
function wantsGraphiQL(req: Request, graphqlPath: string): boolean {
  return req.method === 'GET' && req.path === graphqlPath && req.accepts(['application/json', 'text/html']) === 'text/html';
}

/**
 * helmet on every response (pages, /graphql, /health, errors): the content security policy
 * above, nosniff, no framing, HSTS in production, and no X-Powered-By.
 */
export function securityHeaders(options: SecurityHeadersOptions): RequestHandler {
  const strict = helmetWith(CONTENT_SECURITY_POLICY, options.production);
  if (!options.graphiql) return strict;
  const forGraphiQL = helmetWith(GRAPHIQL_CONTENT_SECURITY_POLICY, options.production);
  return (req: Request, res: Response, next: NextFunction) =>
    (wantsGraphiQL(req, options.graphqlPath) ? forGraphiQL : strict)(req, res, next);
}
