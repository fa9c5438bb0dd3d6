import { createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import type { GraphQLResolveInfo } from 'graphql';
import type { Account } from '../account/account.entity';
import type { GraphQLContext } from '../graphql/graphql-context';
import { invalidCredentials } from './local.strategy';

// The account each login field signed in, keyed by that field's execution (its info object),
// so aliased logins in one document never see each other's result.
const signedIn = new WeakMap<GraphQLResolveInfo, Account>();

/** Runs passport-local on the `email` and `password` arguments of a GraphQL field. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override getRequest(context: ExecutionContext) {
    const gql = GqlExecutionContext.create(context);
    const { req } = gql.getContext<GraphQLContext>();
    const { email, password } = gql.getArgs<{ email?: unknown; password?: unknown }>();
    // A request of its own per field: passport reads credentials from `body`.
    return { body: { email, password }, headers: req.headers, ip: req.ip };
  }

  override handleRequest<T = Account>(err: unknown, account: T | false, _info: unknown, context: ExecutionContext): T {
    if (err || !account) throw err instanceof Error && 'extensions' in err ? err : invalidCredentials();
    signedIn.set(GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>(), account as unknown as Account);
    return account;
  }
}

/** The account LocalAuthGuard signed in for this field. */
export const SignedInAccount = createParamDecorator((_data: unknown, context: ExecutionContext): Account => {
  const account = signedIn.get(GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>());
  if (!account) throw invalidCredentials();
  return account;
});
