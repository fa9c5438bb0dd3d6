import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql-context';
import { AddNetworkMemberArgs } from './dto/add-network-member.args';
import { ApplyToNetworkArgs } from './dto/apply-to-network.args';
import { DecideMembershipArgs } from './dto/decide-membership.args';
import { EndMembershipArgs } from './dto/end-membership.args';
import { NetworkMembershipsArgs } from './dto/network-memberships.args';
import { NetworkRefArgs } from './dto/network-ref.args';
import { SetMembershipRoleArgs } from './dto/set-membership-role.args';
import { MembershipService } from './membership.service';
import { NetworkMailingListService } from './network-mailing-list.service';
import { NetworkMembershipType } from './network-membership.type';
import { signedInViewer } from './viewer-context';

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
  applyToNetwork(@Args() args: ApplyToNetworkArgs, @Context() ctx: GraphQLContext) {
    return this.memberships.apply(signedInViewer(ctx), args);
  }

  @Mutation(() => NetworkMembershipType, { description: "The network's coordinators and editors: approve or decline." })
  decideMembership(@Args() args: DecideMembershipArgs, @Context() ctx: GraphQLContext) {
    return this.memberships.decide(signedInViewer(ctx), args);
  }

  @Mutation(() => NetworkMembershipType, { description: "The network's coordinators and editors: add an active member." })
  addNetworkMember(@Args() args: AddNetworkMemberArgs, @Context() ctx: GraphQLContext) {
    return this.memberships.addMember(signedInViewer(ctx), args);
  }

  @Mutation(() => NetworkMembershipType, {
    description: "The network's coordinators and editors: change an active member's role and whom they represent.",
  })
  setMembershipRole(@Args() args: SetMembershipRoleArgs, @Context() ctx: GraphQLContext) {
    return this.memberships.setRole(signedInViewer(ctx), args);
  }

  @Mutation(() => NetworkMembershipType, { description: "The network's coordinators and editors: end an active membership." })
  endMembership(@Args() args: EndMembershipArgs, @Context() ctx: GraphQLContext) {
    return this.memberships.end(signedInViewer(ctx), args);
  }

  @Mutation(() => NetworkMembershipType, { description: 'Leave a network, or withdraw a pending application.' })
  leaveNetwork(@Args() args: NetworkRefArgs, @Context() ctx: GraphQLContext) {
    return this.memberships.leave(signedInViewer(ctx), args.network);
  }

  @Query(() => [NetworkMembershipType], { description: "The network's coordinators and editors: applications awaiting a decision." })
  pendingApplications(@Args() args: NetworkRefArgs, @Context() ctx: GraphQLContext) {
    return this.memberships.pendingApplications(signedInViewer(ctx), args.network);
  }

  @Query(() => [NetworkMembershipType], {
    description: "The network's coordinators and editors: every membership and application, history included, newest first.",
  })
  networkMemberships(@Args() args: NetworkMembershipsArgs, @Context() ctx: GraphQLContext) {
    return this.memberships.list(signedInViewer(ctx), args);
  }

  @Query(() => String, {
    description:
      "The network's coordinators and editors: CSV (RFC 4180) of active members who accept network mail, for the newsletter.",
  })
  networkMailingList(@Args() args: NetworkRefArgs, @Context() ctx: GraphQLContext) {
    return this.mailingLists.csv(signedInViewer(ctx), args.network);
  }
}
