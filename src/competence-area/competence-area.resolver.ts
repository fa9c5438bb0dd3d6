import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../graphql/decorators';
import type { GraphQLContext } from '../graphql/graphql-context';
import { CompetenceAreaService } from './competence-area.service';
import { CompetenceAreaType } from './competence-area.type';

@Resolver(() => CompetenceAreaType)
export class CompetenceAreaResolver {
  constructor(private readonly areas: CompetenceAreaService) {}

  @Public()
  @Query(() => [CompetenceAreaType], {
    description: 'The competence taxonomy, both levels: the areas in use, or (includeRetired) merged and retired ones too.',
  })
  competenceAreas(@Args('includeRetired', { type: () => Boolean, defaultValue: false }) includeRetired: boolean) {
    return this.areas.findAll(includeRetired);
  }

  @ResolveField(() => Boolean, { description: 'Taken out of use by the editors: no longer offered or counted.' })
  retired(@Parent() area: CompetenceAreaType): boolean {
    return !!area.retiredAt;
  }

  @ResolveField(() => CompetenceAreaType, {
    nullable: true,
    description: 'The area this one was merged into; its slug still finds the people (a redirect).',
  })
  mergedInto(@Parent() area: CompetenceAreaType, @Context() ctx: GraphQLContext) {
    return area.mergedIntoId ? ctx.loaders.competenceAreaById.load(area.mergedIntoId) : null;
  }

  @ResolveField(() => CompetenceAreaType, { nullable: true })
  parent(@Parent() area: CompetenceAreaType, @Context() ctx: GraphQLContext) {
    return area.parentId ? ctx.loaders.competenceAreaById.load(area.parentId) : null;
  }

  @ResolveField(() => [CompetenceAreaType])
  children(@Parent() area: CompetenceAreaType, @Context() ctx: GraphQLContext) {
    return ctx.loaders.competenceAreaChildren.load(area.id);
  }
}
