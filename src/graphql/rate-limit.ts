import { applyDecorators, ExecutionContext, Injectable, UseGuards } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { SkipThrottle, Throttle, ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { rateLimited } from '../common/errors/app-errors';
import type { GraphQLContext } from './graphql-context';
import type { Viewer } from './viewer';

export const MINUTE = 60_000;

interface Window {
  limit: number;
  ttl: number;
}

/** Who a narrower limit counts: from the field's arguments, the client address and the viewer. */
export type RateLimitKey = (args: Record<string, unknown>, client: { ip: string; viewer: Viewer | null }) => string | null;

/**
 * A limit on one GraphQL field: per client address, and optionally per key (an address asked
 * about together with the client, the signed-in account, ...). Counters live in the
 * throttler's storage, which is shared between instances when one is configured.
 */
export interface RateLimitPolicy {
  ip: Window;
  keyed: (Window & { key: RateLimitKey }) | null;
}

/** The throttler names the policies fill in; the defaults are never reached by a field without a policy. */
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

/** Applies a {@link RateLimitPolicy} to a resolver method. Each field execution counts (aliases too). */
export function RateLimit(policy: RateLimitPolicy) {
  const { keyed } = policy;
  if (!keyed) {
    return applyDecorators(UseGuards(GqlThrottlerGuard), Throttle({ ip: policy.ip }), SkipThrottle({ account: true }));
  }
  return applyDecorators(
    UseGuards(GqlThrottlerGuard),
    Throttle({
      ip: policy.ip,
      account: {
        limit: keyed.limit,
        ttl: keyed.ttl,
        getTracker: (req: Record<string, any>, context: ExecutionContext) => {
          const ip = String(req.ip);
          const key = keyed.key(GqlExecutionContext.create(context).getArgs(), { ip, viewer: (req.viewer as Viewer | null) ?? null });
          // Without a key to count against, the address limit alone applies.
          return key ?? `ip:${ip}`;
        },
      },
    }),
  );
}
