import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role } from '../common/enums/role.enum';
import { unauthenticated } from '../common/errors/app-errors';
import type { GraphQLContext } from './graphql-context';
import type { Viewer } from './viewer';

export const IS_PUBLIC_KEY = 'isPublic';
export const ROLES_KEY = 'roles';

/** Anyone, signed in or not, may call this operation. */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);

/** Only signed-in accounts with one of these roles may call this operation. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** The one way a resolver reads who is asking: the viewer of the current request. */
export function currentViewer(ctx: GraphQLContext, options?: { optional?: boolean }): Viewer | null {
  const viewer = ctx.req.viewer ?? null;
  // Operations without @Public() were already refused by the access guard for anonymous callers.
  if (!viewer && !options?.optional) throw unauthenticated();
  return viewer;
}

/**
 * `@CurrentViewer() viewer: Viewer`: the signed-in viewer (UNAUTHENTICATED when there is none);
 * `@CurrentViewer({ optional: true }) viewer: Viewer | null` on public operations.
 */
export const CurrentViewer = createParamDecorator((options: { optional?: boolean } | undefined, context: ExecutionContext) =>
  currentViewer(GqlExecutionContext.create(context).getContext<GraphQLContext>(), options),
);
