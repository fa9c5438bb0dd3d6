import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable, Logger, Module } from '@nestjs/common';
import { Environment } from '../config/environment';
import { ReadRouting } from '../database/read-routing';
import { SharedCounterStore } from '../shared-state/shared-counter-store';
import type { GraphQLContext } from './graphql-context';

type ApolloServerPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

const markKey = (accountId: string) => `ryw:${accountId}`;

/**
 * "Read your writes" with replicas: after a signed-in person's mutation (or a sign-in), her
 * reads go to the primary for DATABASE_READ_YOUR_WRITES_MS, so a replica that lags never
 * shows her the profile she just saved as it was before.
 *
 * The window is a mark in the shared store (Redis with several instances), set before the
 * mutation's answer leaves. Kept there rather than in a cookie or header the client sends
 * back: access tokens travel in a header, API clients need not keep cookies, and a balancer
 * without sticky sessions may send the next read to any instance; the mark covers every
 * device of the account, costs one Redis lookup per signed-in query (anonymous visitors,
 * whose reads never depend on their own writes, cost nothing) and needs no client change.
 */
@Injectable()
export class ReadYourWrites {
  private readonly logger = new Logger(ReadYourWrites.name);

  constructor(
    private readonly routing: ReadRouting,
    private readonly store: SharedCounterStore,
    private readonly env: Environment,
  ) {}

  async wroteRecently(accountId: string): Promise<boolean> {
    try {
      return await this.store.isMarked(markKey(accountId));
    } catch (err) {
      // Cannot tell: the primary is always right, only slower.
      this.logger.warn(`Read-your-writes mark unreadable, reading from the primary: ${(err as Error).message}`);
      return true;
    }
  }

  async remember(accountIds: Iterable<string>): Promise<void> {
    for (const id of accountIds) {
      await this.store.mark(markKey(id), this.env.DATABASE_READ_YOUR_WRITES_MS).catch((err: Error) =>
        this.logger.warn(`Read-your-writes mark not set (reads may lag for a moment): ${err.message}`),
      );
    }
  }

  /** Moves a query's reads to the replicas unless its viewer wrote a moment ago; remembers who wrote. */
  plugin(): ApolloServerPlugin {
    const routing = this.routing;
    if (!routing.hasReplicas) return {};
    return {
      requestDidStart: async () => ({
        didResolveOperation: async ({ operation, contextValue }: { operation?: { operation: string }; contextValue: GraphQLContext }) => {
          if (operation?.operation !== 'query') return;
          const viewer = contextValue.req.viewer;
          if (viewer && (await this.wroteRecently(viewer.accountId))) return;
          routing.preferReplicas();
        },
        willSendResponse: async ({ operation, contextValue }: { operation?: { operation: string }; contextValue: GraphQLContext }) => {
          const writers = new Set(routing.writers());
          const viewer = contextValue.req?.viewer;
          if (operation?.operation === 'mutation' && viewer) writers.add(viewer.accountId);
          await this.remember(writers);
        },
      }),
    };
  }
}

@Module({ providers: [ReadYourWrites], exports: [ReadYourWrites] })
export class ReadYourWritesModule {}
