import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { HEALTH_REGION_LABELS } from '../common/enums/health-region.enum';
import type { GraphQLContext } from '../graphql/graphql-context';
import { OrganizationType } from '../organization/organization.type';
import { ResearcherType } from '../researcher/researcher.type';
import type { NetworkMembership } from './network-membership.entity';
import { NetworkMembershipType } from './network-membership.type';
import { NetworkType } from './network.type';

@Resolver(() => NetworkMembershipType)
export class NetworkMembershipResolver {
  @ResolveField(() => NetworkType)
  network(@Parent() m: NetworkMembership, @Context() ctx: GraphQLContext) {
    return ctx.loaders.networkById.load(m.networkId);
  }

  @ResolveField(() => ResearcherType)
  researcher(@Parent() m: NetworkMembership, @Context() ctx: GraphQLContext) {
    return ctx.loaders.researcherById.load(m.researcherId);
  }

  @ResolveField(() => OrganizationType, { nullable: true })
  representingOrganization(@Parent() m: NetworkMembership, @Context() ctx: GraphQLContext) {
    return m.representingOrganizationId ? ctx.loaders.organizationById.load(m.representingOrganizationId) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Whom the member represents: a health region or an organisation, as a label.',
  })
  async representing(@Parent() m: NetworkMembership, @Context() ctx: GraphQLContext): Promise<string | null> {
    if (m.representingRegion) return HEALTH_REGION_LABELS[m.representingRegion];
    if (!m.representingOrganizationId) return null;
    const org = await ctx.loaders.organizationById.load(m.representingOrganizationId);
    return org?.shortName ?? org?.name ?? null;
  }
}
