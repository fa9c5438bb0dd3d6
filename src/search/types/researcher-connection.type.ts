import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../graphql/page-info.type';
import { ResearcherEdge } from './researcher-edge.type';
import { ResearcherFacets } from './researcher-facets.type';

@ObjectType('ResearcherConnection')
export class ResearcherConnection {
  @Field(() => Int, { description: 'How many published profiles match the query and filters.' })
  totalCount: number;

  @Field(() => [ResearcherEdge])
  edges: ResearcherEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => ResearcherFacets)
  facets: ResearcherFacets;
}
