import { applyDecorators, ExecutionContext, Injectable, UseGuards } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { SkipThrottle, Throttle, ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { normalizeEmail } from '../account/account.service';
import { rateLimited } from '../common/errors/app-errors';
import type { GraphQLContext } from '../graphql/graphql-context';
import { refreshTokenAccountId } from '../account/refresh-token.service';

const MINUTE = 60_000;

type AccountKey = (args: Record<string, unknown>) => string | null;

const byEmail: AccountKey = (args) => {
  const email = (args.input as { email?: unknown } | undefined)?.email ?? args.email;
  return typeof email === 'string' ? `email:${normalizeEmail(email)}` : null;
};

/**
 * Limits for the operations attackers hammer: per client IP and per account (the email
 * asked about, or the account a refresh token names). Each counts field executions, so
 * aliases or several operations in one request count one by one.
 */
export const RATE_LIMITS = {
  login: { ip: { limit: 100, ttl: 15 * MINUTE }, account: { limit: 10, ttl: 15 * MINUTE }, key: byEmail },
  register: { ip: { limit: 20, ttl: 60 * MINUTE }, account: { limit: 5, ttl: 60 * MINUTE }, key: byEmail },
  passwordReset: { ip: { limit: 20, ttl: 60 * MINUTE }, account: { limit: 5, ttl: 60 * MINUTE }, key: byEmail },
  // Guessing reset links: the link names no account, so the IP limit is the one that bites.
  passwordResetLink: { ip: { limit: 20, ttl: 60 * MINUTE }, account: null, key: () => null },
  refresh: {
    ip: { limit: 300, ttl: 15 * MINUTE },
    account: { limit: 30, ttl: 15 * MINUTE },
    key: ((args) => {
      const id = refreshTokenAccountId(args.refreshToken);
      return id ? `account:${id}` : null;
    }) as AccountKey,
  },
} satisfies Record<string, { ip: object; account: object | null; key: AccountKey }>;

export const THROTTLERS = [
  { name: 'ip', limit: 1000, ttl: MINUTE },
  { name: 'account', limit: 1000, ttl: MINUTE },
];

/** @nestjs/throttler for GraphQL fields: reads the request from the GraphQL context and answers RATE_LIMITED. */
@Injectable()
export class GqlThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    const { req, res } = GqlExecutionContext.create(context).getContext<GraphQLContext>();
    return { req, res };
  }

  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw rateLimited(Math.max(1, Math.ceil(detail.timeToBlockExpire)));
  }
}

/** Applies one of {@link RATE_LIMITS} to a resolver method. */
export function RateLimit(name: keyof typeof RATE_LIMITS) {
  const policy = RATE_LIMITS[name];
  if (!policy.account) {
    return applyDecorators(UseGuards(GqlThrottlerGuard), Throttle({ ip: policy.ip }), SkipThrottle({ account: true }));
  }
  return applyDecorators(
    UseGuards(GqlThrottlerGuard),
    Throttle({
      ip: policy.ip,
      account: {
        ...policy.account,
        getTracker: (req: Record<string, any>, context: ExecutionContext) => {
          const key = policy.key(GqlExecutionContext.create(context).getArgs());
          // Without an account to count against, the IP limit alone applies.
          return key ?? `ip:${String(req.ip)}`;
        },
      },
    }),
  );
}
