import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role } from '../common/enums/role.enum';
import { forbidden, unauthenticated } from '../common/errors/app-errors';
import type { GraphQLContext } from './graphql-context';
import { IS_PUBLIC_KEY, ROLES_KEY } from './decorators';
import type { Viewer } from './viewer';

/** What an operation declares about who may call it. */
export interface OperationAccess {
  isPublic: boolean;
  roles?: Role[];
}

/**
 * The access policy of every query and mutation: null when the call may run, else the
 * refusal (UNAUTHENTICATED for an anonymous caller, FORBIDDEN for a role not listed).
 */
export function accessRefusal(access: OperationAccess, viewer: Viewer | null | undefined): 'UNAUTHENTICATED' | 'FORBIDDEN' | null {
  if (access.isPublic) return null;
  if (!viewer) return 'UNAUTHENTICATED';
  if (access.roles && access.roles.length > 0 && !access.roles.includes(viewer.role)) return 'FORBIDDEN';
  return null;
}

/**
 * Deny by default: a query or mutation runs only if it is marked @Public(), or the
 * viewer is signed in and has one of the roles in @Roles() (any role when none is given).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true; // REST routes (health, web) are public
    const targets = [context.getHandler(), context.getClass()];
    const access: OperationAccess = {
      isPublic: this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets) === true,
      roles: this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets),
    };
    const refusal = accessRefusal(access, GqlExecutionContext.create(context).getContext<GraphQLContext>().req.viewer);
    if (refusal === 'UNAUTHENTICATED') throw unauthenticated();
    if (refusal === 'FORBIDDEN') throw forbidden();
    return true;
  }
}
