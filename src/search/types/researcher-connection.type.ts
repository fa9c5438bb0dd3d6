import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../graphql/page-info.type';
import { ResearcherEdge } from './researcher-edge.type';
import { ResearcherFacets } from './researcher-facets.type';

@ObjectType('ResearcherConnection')
export class ResearcherConnection {
  @Field(() => Int, { description: 'How many published profiles match the query and filters.' })
  totalCount: number;

  @Field(() => Boolean, {
    description:
      'False when totalCount is an estimate: a count without facets above 10,000 matches is estimated from a sample of the catalogue (within about a percent, rounded to hundreds). Counts up to 10,000, and every count asked for together with facets, are exact.',
  })
  totalCountIsExact: boolean;

  @Field(() => [ResearcherEdge])
  edges: ResearcherEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => ResearcherFacets)
  facets: ResearcherFacets;
}
