import { Context, GraphQLISODateTime, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AcademicDegree } from '../common/enums/academic-degree.enum';
import { HEALTH_REGION_LABELS } from '../common/enums/health-region.enum';
import type { GraphQLContext } from '../graphql/graphql-context';
import { OrganizationType } from '../organization/organization.type';
import { canViewProfile, identityOnly } from '../researcher/profile-access';
import { ResearcherType } from '../researcher/researcher.type';
import type { NetworkMembership } from './network-membership.entity';
import { NetworkMembershipType } from './network-membership.type';
import { NetworkType } from './network.type';
import { DECIDERS_TEXT, viewerMayDecide } from './membership-access';

const RESTRICTED = `Shown only to the member and to ${DECIDERS_TEXT}; otherwise null.`;

/** The member themself, editors and the network's deciders may read an application and its decision. */
async function canSeeDetails(m: NetworkMembership, ctx: GraphQLContext): Promise<boolean> {
  const viewer = ctx.req.viewer;
  if (!viewer) return false;
  if (await viewerMayDecide(ctx, m.networkId)) return true;
  const researcher = await ctx.loaders.researcherById.load(m.researcherId);
  return researcher?.accountId === viewer.accountId;
}

@Resolver(() => NetworkMembershipType)
export class NetworkMembershipResolver {
  @ResolveField(() => NetworkType)
  network(@Parent() m: NetworkMembership, @Context() ctx: GraphQLContext) {
    return ctx.loaders.networkById.load(m.networkId);
  }

  @ResolveField(() => ResearcherType, {
    description: 'An unpublished profile (an applicant\'s draft, or one the editors hid) shows only its name here.',
  })
  async researcher(@Parent() m: NetworkMembership, @Context() ctx: GraphQLContext) {
    const profile = await ctx.loaders.researcherById.load(m.researcherId);
    return profile && !canViewProfile(profile, ctx.req.viewer) ? identityOnly(profile) : profile;
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

  @ResolveField(() => String, { nullable: true, description: `The applicant's motivation. ${RESTRICTED}` })
  async motivation(@Parent() m: NetworkMembership, @Context() ctx: GraphQLContext) {
    return (await canSeeDetails(m, ctx)) ? m.motivation : null;
  }

  @ResolveField(() => AcademicDegree, { nullable: true, description: `The degree stated in the application. ${RESTRICTED}` })
  async applicantDegree(@Parent() m: NetworkMembership, @Context() ctx: GraphQLContext) {
    return (await canSeeDetails(m, ctx)) ? m.applicantDegree : null;
  }

  @ResolveField(() => String, { nullable: true, description: `Research experience stated in the application. ${RESTRICTED}` })
  async researchExperience(@Parent() m: NetworkMembership, @Context() ctx: GraphQLContext) {
    return (await canSeeDetails(m, ctx)) ? m.researchExperience : null;
  }

  @ResolveField(() => String, { nullable: true, description: `The decider's note. ${RESTRICTED}` })
  async decisionNote(@Parent() m: NetworkMembership, @Context() ctx: GraphQLContext) {
    return (await canSeeDetails(m, ctx)) ? m.decisionNote : null;
  }

  @ResolveField(() => GraphQLISODateTime, { nullable: true, description: `When the application was decided. ${RESTRICTED}` })
  async decidedAt(@Parent() m: NetworkMembership, @Context() ctx: GraphQLContext) {
    return (await canSeeDetails(m, ctx)) ? m.decidedAt : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: `Who decided or added the member: their profile name, or "Redaksjonen". ${RESTRICTED}`,
  })
  async decidedBy(@Parent() m: NetworkMembership, @Context() ctx: GraphQLContext) {
    if (!m.decidedById || !(await canSeeDetails(m, ctx))) return null;
    return ctx.loaders.deciderNameByAccount.load(m.decidedById);
  }

  @ResolveField(() => String, { nullable: true, description: `Why the membership was ended. ${RESTRICTED}` })
  async endNote(@Parent() m: NetworkMembership, @Context() ctx: GraphQLContext) {
    return (await canSeeDetails(m, ctx)) ? m.endNote : null;
  }

  @ResolveField(() => String, { nullable: true, description: `Who ended the membership. ${RESTRICTED}` })
  async endedBy(@Parent() m: NetworkMembership, @Context() ctx: GraphQLContext) {
    if (!m.endedById || !(await canSeeDetails(m, ctx))) return null;
    return ctx.loaders.deciderNameByAccount.load(m.endedById);
  }
}
