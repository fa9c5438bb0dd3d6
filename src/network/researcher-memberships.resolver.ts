import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql-context';
import { canViewProfile, hasFullAccess } from '../researcher/profile-access';
import type { Researcher } from '../researcher/researcher.entity';
import { ResearcherType } from '../researcher/researcher.type';
import { NetworkMembershipType } from './network-membership.type';

/** `Researcher.memberships`: resolved here, in the module that owns the memberships. */
@Resolver(() => ResearcherType)
export class ResearcherMembershipsResolver {
  @ResolveField(() => [NetworkMembershipType], {
    description: 'Active memberships; the owner and editors also see pending, declined and ended ones.',
  })
  memberships(@Parent() r: Researcher, @Context() ctx: GraphQLContext) {
    // Reached through a membership, an unpublished profile shows no more than its name.
    if (!canViewProfile(r, ctx.req.viewer)) return [];
    return hasFullAccess(r, ctx.req.viewer)
      ? ctx.loaders.allMembershipsByResearcher.load(r.id)
      : ctx.loaders.activeMembershipsByResearcher.load(r.id);
  }
}
