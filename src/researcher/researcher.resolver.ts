import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../graphql/decorators';
import { CompetenceAreaType } from '../competence-area/competence-area.type';
import type { GraphQLContext } from '../graphql/graphql-context';
import { OrganizationType } from '../organization/organization.type';
import { canSeeContact, canViewProfile } from './profile-access';
import type { Researcher } from './researcher.entity';
import { ResearcherService } from './researcher.service';
import { ResearcherType } from './researcher.type';

@Resolver(() => ResearcherType)
export class ResearcherResolver {
  constructor(private readonly researchers: ResearcherService) {}

  @Public()
  @Query(() => ResearcherType, { nullable: true, description: 'A published profile by id or slug.' })
  researcher(
    @Context() ctx: GraphQLContext,
    @Args('id', { type: () => ID, nullable: true }) id?: string,
    @Args('slug', { type: () => String, nullable: true }) slug?: string,
  ) {
    return this.researchers.findVisible({ id, slug: slug?.slice(0, 200) }, ctx.req.viewer);
  }

  @ResolveField(() => String)
  fullName(@Parent() r: Researcher): string {
    return `${r.givenName} ${r.familyName}`.trim();
  }

  @ResolveField(() => OrganizationType, { nullable: true })
  organization(@Parent() r: Researcher, @Context() ctx: GraphQLContext) {
    return r.organizationId ? ctx.loaders.organizationById.load(r.organizationId) : null;
  }

  @ResolveField(() => [CompetenceAreaType])
  competenceAreas(@Parent() r: Researcher, @Context() ctx: GraphQLContext) {
    // Reached through a membership, an unpublished profile shows no more than its name.
    return canViewProfile(r, ctx.req.viewer) ? ctx.loaders.competenceAreasByResearcher.load(r.id) : [];
  }

  @ResolveField(() => String, { nullable: true, description: 'Null when the viewer may not see it.' })
  email(@Parent() r: Researcher, @Context() ctx: GraphQLContext): string | null {
    return canSeeContact(r.emailVisibility, r, ctx.req.viewer) ? r.email : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Null when the viewer may not see it.' })
  phone(@Parent() r: Researcher, @Context() ctx: GraphQLContext): string | null {
    return canSeeContact(r.phoneVisibility, r, ctx.req.viewer) ? r.phone : null;
  }
}
