import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../graphql/decorators';
import type { Viewer } from '../graphql/viewer';
import { AddNetworkMemberArgs } from './dto/add-network-member.args';
import { ApplyToNetworkArgs } from './dto/apply-to-network.args';
import { DecideMembershipArgs } from './dto/decide-membership.args';
import { EndMembershipArgs } from './dto/end-membership.args';
import { NetworkMembershipsArgs } from './dto/network-memberships.args';
import { NetworkRefArgs } from './dto/network-ref.args';
import { SetMembershipRoleArgs } from './dto/set-membership-role.args';
import { DECIDERS } from './membership-access';
import { MembershipService } from './membership.service';
import { NetworkMailingListService } from './network-mailing-list.service';
import { NetworkMembershipType } from './network-membership.type';

/**
 * Applications and memberships. Every operation needs a signed-in viewer (the guard's default);
 * who may act on which network is decided in the services.
 */
@Resolver(() => NetworkMembershipType)
export class MembershipResolver {
  constructor(
    private readonly memberships: MembershipService,
    private readonly mailingLists: NetworkMailingListService,
  ) {}

  @Mutation(() => NetworkMembershipType, { description: 'Apply to join a network (PENDING).' })
  applyToNetwork(@Args() args: ApplyToNetworkArgs, @CurrentViewer() viewer: Viewer) {
    return this.memberships.apply(viewer, args);
  }

  @Mutation(() => NetworkMembershipType, { description: `${DECIDERS}: approve or decline.` })
  decideMembership(@Args() args: DecideMembershipArgs, @CurrentViewer() viewer: Viewer) {
    return this.memberships.decide(viewer, args);
  }

  @Mutation(() => NetworkMembershipType, { description: `${DECIDERS}: add an active member.` })
  addNetworkMember(@Args() args: AddNetworkMemberArgs, @CurrentViewer() viewer: Viewer) {
    return this.memberships.addMember(viewer, args);
  }

  @Mutation(() => NetworkMembershipType, {
    description: `${DECIDERS}: change an active member's role and whom they represent.`,
  })
  setMembershipRole(@Args() args: SetMembershipRoleArgs, @CurrentViewer() viewer: Viewer) {
    return this.memberships.setRole(viewer, args);
  }

  @Mutation(() => NetworkMembershipType, { description: `${DECIDERS}: end an active membership.` })
  endMembership(@Args() args: EndMembershipArgs, @CurrentViewer() viewer: Viewer) {
    return this.memberships.end(viewer, args);
  }

  @Mutation(() => NetworkMembershipType, { description: 'Leave a network, or withdraw a pending application.' })
  leaveNetwork(@Args() args: NetworkRefArgs, @CurrentViewer() viewer: Viewer) {
    return this.memberships.leave(viewer, args.network);
  }

  @Query(() => [NetworkMembershipType], { description: `${DECIDERS}: applications awaiting a decision.` })
  pendingApplications(@Args() args: NetworkRefArgs, @CurrentViewer() viewer: Viewer) {
    return this.memberships.pendingApplications(viewer, args.network);
  }

  @Query(() => [NetworkMembershipType], {
    description: `${DECIDERS}: every membership and application, history included, newest first.`,
  })
  networkMemberships(@Args() args: NetworkMembershipsArgs, @CurrentViewer() viewer: Viewer) {
    return this.memberships.list(viewer, args);
  }

  @Query(() => String, {
    description:
      `${DECIDERS}: CSV (RFC 4180) of active members who accept network mail, for the newsletter.`,
  })
  networkMailingList(@Args() args: NetworkRefArgs, @CurrentViewer() viewer: Viewer) {
    return this.mailingLists.csv(viewer, args.network);
  }
}
