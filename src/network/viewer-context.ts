import type { Viewer } from '../graphql/viewer';
import { unauthenticated } from '../common/errors/app-errors';
import type { GraphQLContext } from '../graphql/graphql-context';

/** The signed-in viewer; the access guard has already refused anonymous calls to non-public operations. */
export function signedInViewer(ctx: GraphQLContext): Viewer {
  const viewer = ctx.req.viewer;
  if (!viewer) throw unauthenticated();
  return viewer;
}
