import { Field, Int, ObjectType } from '@nestjs/graphql';
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

  @Field(() => [FacetCount], { description: 'How speakers take part (SpeakerFormat names).' })
  speakerFormats: FacetCount[];

  @Field(() => [FacetCount], { description: 'Health regions speakers and course leaders travel to (HealthRegion names).' })
  travelRegions: FacetCount[];

  @Field(() => Int, { description: 'How many are course leaders (the courseLeader filter set to true would leave this many).' })
  courseLeaderCount: number;

  @Field(() => Int, { description: 'How many are available for media now (the availableForMediaNow filter set to true would leave this many).' })
  availableForMediaNowCount: number;
}
