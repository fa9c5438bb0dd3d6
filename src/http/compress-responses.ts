import compression from 'compression';
import type { RequestHandler } from 'express';

/** Answers smaller than this go out as they are: compressing them saves less than it costs. */
export const COMPRESSION_THRESHOLD = '1kb';

/**
 * Compresses answers made per request (GraphQL, above all search results with facets) with
 * brotli or gzip, as the client accepts. Files the build already compressed carry their
 * Content-Encoding and pass through untouched (compression skips encoded bodies).
 */
export function compressResponses(): RequestHandler {
  return compression({ threshold: COMPRESSION_THRESHOLD });
}
