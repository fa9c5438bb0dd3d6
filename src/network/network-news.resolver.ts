import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public } from '../graphql/decorators';
import { RateLimit } from '../graphql/rate-limit';
import type { GraphQLContext } from '../graphql/graphql-context';
import type { Viewer } from '../graphql/viewer';
import { SendNetworkNewsletterArgs } from './dto/send-network-newsletter.args';
import { SubscribeToNetworkNewsArgs } from './dto/subscribe-to-network-news.args';
import { TokenArgs } from './dto/token.args';
import { DECIDERS } from './membership-access';
import { viewerMayDecide } from './membership-access';
import { NEWS_SUBSCRIBE_LIMIT } from './news-rate-limit';
import { NetworkNewsService } from './network-news.service';
import type { Newsletter } from './newsletter.entity';
import { NewsletterType } from './newsletter.type';


@Resolver(() => NewsletterType)
export class NetworkNewsResolver {
  constructor(private readonly news: NetworkNewsService) {}

  @Public()
  @RateLimit(NEWS_SUBSCRIBE_LIMIT)
  @Mutation(() => Boolean, {
    description:
      'Anyone: ask for the newsletter; a confirmation link goes to the address. Always true, subscribed before or not. ' +
      'Limited per client and per address (RATE_LIMITED).',
  })
  subscribeToNetworkNews(@Args() args: SubscribeToNetworkNewsArgs) {
    return this.news.subscribe(args.network, args.email);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'The link from the confirmation mail (/nyhetsbrev/bekreft?token=…).' })
  confirmNewsSubscription(@Args() args: TokenArgs) {
    return this.news.confirm(args.token);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'The unsubscribe link of a newsletter (/nyhetsbrev/avmeld?token=…).' })
  unsubscribeFromNetworkNews(@Args() args: TokenArgs) {
    return this.news.unsubscribe(args.token);
  }

  @Mutation(() => NewsletterType, {
    description: `${DECIDERS}: send a newsletter to active members who accept network mail and confirmed subscribers, each once.`,
  })
  sendNetworkNewsletter(@Args() args: SendNetworkNewsletterArgs, @CurrentViewer() viewer: Viewer) {
    return this.news.send(viewer, args);
  }

  @ResolveField(() => Int, { nullable: true })
  async recipientCount(@Parent() newsletter: Newsletter, @Context() ctx: GraphQLContext): Promise<number | null> {
    return (await viewerMayDecide(ctx, newsletter.networkId)) ? newsletter.recipientCount : null;
  }
}
