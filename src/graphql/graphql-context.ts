import type { Request, Response } from 'express';
import type { Loaders } from './loader-registry';
import type { Viewer } from './viewer';

/** What every resolver can read about the current request. */
export interface GraphQLContext {
  req: Request & { viewer?: Viewer | null };
  res: Response;
  loaders: Loaders;
}
