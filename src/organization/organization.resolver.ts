import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../graphql/decorators';
import type { GraphQLContext } from '../graphql/graphql-context';
import { OrganizationService } from './organization.service';
import { OrganizationType } from './organization.type';

@Resolver(() => OrganizationType)
export class OrganizationResolver {
  constructor(private readonly service: OrganizationService) {}

  @Public()
  @Query(() => [OrganizationType], {
    description: 'Organisations, optionally those whose name, abbreviation or an alias (a former name) contains the query.',
  })
  organizations(@Args('query', { type: () => String, nullable: true }) query?: string | null) {
    return this.service.find(query?.slice(0, 200));
  }

  @Public()
  @Query(() => OrganizationType, {
    nullable: true,
    description: 'One organisation by slug or id; a merged one answers with the organisation it was merged into.',
  })
  organization(
    @Args('slug', { type: () => String, nullable: true }) slug?: string | null,
    @Args('id', { type: () => ID, nullable: true }) id?: string | null,
  ) {
    return this.service.findOne({ slug: slug ?? null, id: id ?? null });
  }

  @ResolveField(() => OrganizationType, { nullable: true, description: 'The organisation this one is part of.' })
  parent(@Parent() organization: OrganizationType, @Context() ctx: GraphQLContext) {
    return organization.parentId ? ctx.loaders.organizationById.load(organization.parentId) : null;
  }
}
