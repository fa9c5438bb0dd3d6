import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountModule } from '../account/account.module';
import { ResearcherModule } from '../researcher/researcher.module';
import { NetworkLoaders } from './network.loaders';
import { NetworkEvent } from './network-event.entity';
import { NetworkEventResolver } from './network-event.resolver';
import { NetworkEventService } from './network-event.service';
import { NetworkNewsResolver } from './network-news.resolver';
import { NetworkNewsService } from './network-news.service';
import { NetworkNewsSubscription } from './network-news-subscription.entity';
import { NewsletterDelivery } from './newsletter-delivery.entity';
import { NewsletterSender } from './newsletter-sender';
import { NewsletterUnsubscribeController } from './newsletter-unsubscribe.controller';
import { Newsletter } from './newsletter.entity';
import { Organization } from '../organization/organization.entity';
import { Researcher } from '../researcher/researcher.entity';
import { MembershipResolver } from './membership.resolver';
import { MembershipNotifier } from './membership-notifier';
import { MembershipService } from './membership.service';
import { NetworkAccessService } from './network-access.service';
import { NetworkMailingListService } from './network-mailing-list.service';
import { NetworkMembership } from './network-membership.entity';
import { NetworkMembershipResolver } from './network-membership.resolver';
import { Network } from './network.entity';
import { NetworkResolver } from './network.resolver';
import { NetworkService } from './network.service';
import { ResearcherMembershipsResolver } from './researcher-memberships.resolver';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Network,
      NetworkMembership,
      Researcher,
      Organization,
      NetworkNewsSubscription,
      Newsletter,
      NewsletterDelivery,
      NetworkEvent,
    ]),
    ResearcherModule,
    AccountModule,
  ],
  controllers: [NewsletterUnsubscribeController],
  providers: [
    NetworkLoaders,
    NetworkService,
    NetworkAccessService,
    MembershipService,
    MembershipNotifier,
    NetworkMailingListService,
    NetworkResolver,
    NetworkMembershipResolver,
    MembershipResolver,
    ResearcherMembershipsResolver,
    NetworkEventService,
    NetworkEventResolver,
    NetworkNewsService,
    NewsletterSender,
    NetworkNewsResolver,
  ],
  exports: [NetworkService, NetworkAccessService, MembershipService, NetworkNewsService],
})
export class NetworkModule {}
