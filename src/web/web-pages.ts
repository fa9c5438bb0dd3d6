import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** Paths the pages never answer: the API, the health checks, uploads and stored media. */
const API_PATHS = ['/graphql', '/health', '/api', '/media'];

/**
 * The built web pages (web/dist): from src/web under ts-node and Jest, from dist/src/web once
 * compiled. Null when the pages have not been built.
 */
export function findWebBuild(): string | null {
  const candidates = [join(__dirname, '..', '..', 'web', 'dist'), join(__dirname, '..', '..', '..', 'web', 'dist')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

const isApiPath = (path: string) => API_PATHS.some((p) => path === p || path.startsWith(`${p}/`));

/**
 * Serves the pages at / beside the API: the built files, and index.html for every other
 * page address (/forsker/<slug>, /nettverk, ...) so the client-side router can show it.
 * /graphql and /health* are left to the API. Security headers (the pages' content security
 * policy among them) come from helmet, on every response (src/http/security-headers.ts).
 *
 * Each file is sent as the brotli or gzip copy the build made beside it (name.br, name.gz;
 * web/vite.config.ts), as the client accepts, with Content-Encoding and Vary: Accept-Encoding;
 * express-static-gzip picks the copy and hands it to express.static.
 *
 * Not @nestjs/serve-static: its fallback sends index.html for every GET its path matches,
 * whatever the Accept header and whether or not the path names a file, so a missing
 * /assets/x.js would be a 200 page shell instead of a 404, and a JSON client would get HTML;
 * nor does it send precompressed copies.
 */
export function webPages(root: string): RequestHandler[] {
  const files = expressStaticGzip(root, {
    enableBrotli: true,
    // Brotli is smaller; the copies are made once, so its slower compression costs nothing here.
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      index: false,
      redirect: false,
      setHeaders: (res: ServerResponse, path: string) => {
        // Vite puts a content hash in every asset name, so they never change under one name.
        res.setHeader('cache-control', path.startsWith(join(root, 'assets', '/')) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    },
  }) as RequestHandler;
  const pages = (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    // A missing file (anything with an extension) is a 404, not the page shell.
    if (/\.[a-z0-9]+$/i.test(req.path)) return next();
    if (!req.accepts('html')) return next();
    // The shell is index.html, sent like the other files (compressed copy, no-cache).
    const url = req.url;
    req.url = '/index.html';
    files(req, res, (err?: unknown) => {
      req.url = url;
      next(err);
    });
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
