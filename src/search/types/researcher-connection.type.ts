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
      'False when totalCount is an estimate: in a catalogue of more than 100,000 profiles, a count without facets above 10,000 matches is estimated from a sample of the catalogue (rounded to hundreds; typically within a few percent). Counts up to 10,000, and every count asked for together with facets, are exact.',
  })
  totalCountIsExact: boolean;

  @Field(() => [ResearcherEdge])
  edges: ResearcherEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => ResearcherFacets)
  facets: ResearcherFacets;
}
