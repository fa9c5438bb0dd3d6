import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../graphql/decorators';
import type { GraphQLContext } from '../graphql/graphql-context';
import { CompetenceAreaService } from './competence-area.service';
import { CompetenceAreaType } from './competence-area.type';

@Resolver(() => CompetenceAreaType)
export class CompetenceAreaResolver {
  constructor(private readonly areas: CompetenceAreaService) {}

  @Public()
  @Query(() => [CompetenceAreaType], { description: 'The whole competence taxonomy, both levels.' })
  competenceAreas() {
    return this.areas.findAll();
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
