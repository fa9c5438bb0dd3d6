import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role } from '../common/enums/role.enum';
import { forbidden, unauthenticated } from '../common/errors/app-errors';
import type { GraphQLContext } from './graphql-context';
import { IS_PUBLIC_KEY, ROLES_KEY } from './decorators';

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
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;

    const viewer = GqlExecutionContext.create(context).getContext<GraphQLContext>().req.viewer;
    if (!viewer) throw unauthenticated();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && roles.length > 0 && !roles.includes(viewer.role)) throw forbidden();
    return true;
  }
}
