import { Field, ObjectType } from '@nestjs/graphql';
import { FacetCount } from './facet-count.type';

/**
 * Counts over the current result set. Each dimension ignores its own selection, so a user
 * who chose Helse Nord still sees how many there are in Helse Vest.
 */
@ObjectType('ResearcherFacets')
export class ResearcherFacets {
  @Field(() => [FacetCount])
  competenceAreas: FacetCount[];

  @Field(() => [FacetCount])
  networks: FacetCount[];

  @Field(() => [FacetCount])
  regions: FacetCount[];

  @Field(() => [FacetCount])
  degrees: FacetCount[];

  @Field(() => [FacetCount])
  languages: FacetCount[];

  @Field(() => [FacetCount], { description: 'Workplaces: the value is the organisation id.' })
  organizations: FacetCount[];
}
