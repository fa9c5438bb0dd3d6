import { Args, Info, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Public } from '../graphql/decorators';
import { ResearchersArgs } from './dto/researchers.args';
import { SearchResult, SearchService } from './search.service';
import { selectedFields } from './selected-fields';
import { ResearcherConnection } from './types/researcher-connection.type';
import { ResearcherFacets } from './types/researcher-facets.type';

@Resolver(() => ResearcherConnection)
export class SearchResolver {
  constructor(private readonly search: SearchService) {}

  @Public()
  @Query(() => ResearcherConnection, {
    description: 'Find published researchers: Norwegian full-text search with filters, facets and paging.',
  })
  researchers(@Args() args: ResearchersArgs, @Info() info: GraphQLResolveInfo): Promise<SearchResult> {
    const fields = selectedFields(info);
    return this.search.search(args, {
      page: fields.has('edges') || fields.has('pageInfo'),
      totalCount: fields.has('totalCount'),
      facets: fields.has('facets'),
    });
  }

  @ResolveField(() => Int)
  totalCount(@Parent() result: SearchResult): Promise<number> {
    return result.totalCount();
  }

  @ResolveField(() => ResearcherFacets)
  facets(@Parent() result: SearchResult): Promise<ResearcherFacets> {
    return result.facets();
  }
}
