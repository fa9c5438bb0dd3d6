import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';

/** Paths the pages never answer: the API and the health checks. */
const API_PATHS = ['/graphql', '/health'];

// The pages load only their own scripts, styles and data; nothing inline, no framing.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The built web pages (web/dist): from src/web under ts-node and Jest, from dist/src/web once
 * compiled. Null when the pages have not been built.
 */
export function findWebBuild(): string | null {
  const candidates = [join(__dirname, '..', '..', 'web', 'dist'), join(__dirname, '..', '..', '..', 'web', 'dist')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

const isApiPath = (path: string) => API_PATHS.some((p) => path === p || path.startsWith(`${p}/`));

function setPageHeaders(res: Response): void {
  res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'strict-origin-when-cross-origin');
  res.setHeader('x-frame-options', 'DENY');
}

/**
 * Serves the pages at / beside the API: the built files, and index.html for every other
 * page address (/forsker/<slug>, /nettverk, ...) so the client-side router can show it.
 * /graphql and /health* are left to the API.
 */
export function webPages(root: string): RequestHandler[] {
  const indexHtml = readFileSync(join(root, 'index.html'));
  const files = express.static(root, {
    index: false,
    redirect: false,
    setHeaders: (res, path) => {
      res.setHeader('x-content-type-options', 'nosniff');
      // Vite puts a content hash in every asset name, so they never change under one name.
      res.setHeader('cache-control', path.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const pages = (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    // A missing file (anything with an extension) is a 404, not the page shell.
    if (/\.[a-z0-9]+$/i.test(req.path)) return next();
    if (!req.accepts('html')) return next();
    setPageHeaders(res);
    res.setHeader('cache-control', 'no-cache');
    res.type('html').send(indexHtml);
  };
  const filesUnlessApi = (req: Request, res: Response, next: NextFunction) => (isApiPath(req.path) ? next() : files(req, res, next));
  return [filesUnlessApi, pages];
}

/** Mounts the pages when they are built; the API works either way. */
export function serveWebPages(app: INestApplication): boolean {
  const root = findWebBuild();
  if (!root) return false;
  app.use(...webPages(root));
  return true;
}
