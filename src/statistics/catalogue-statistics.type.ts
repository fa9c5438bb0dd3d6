import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { MembershipRole } from '../common/enums/membership.enum';
import { FacetCount } from '../search/types/facet-count.type';

@ObjectType('MonthlyProfileCount', { description: 'Profiles in one month of the year.' })
export class MonthlyProfileCount {
  @Field({ description: 'The month as YYYY-MM.' })
  month: string;

  @Field(() => Int, { description: 'Profiles first published in the month.' })
  newProfiles: number;

  @Field(() => Int, { description: 'Profiles changed in the month (by the owner or an editor).' })
  updatedProfiles: number;

  @Field(() => Int, {
    description: 'Published at the end of the month, but not confirmed as current by the owner for twelve months.',
  })
  unconfirmedProfiles: number;
}

@ObjectType('NetworkMemberCount', { description: 'Active members of one network with one role at the end of the year.' })
export class NetworkMemberCount {
  @Field({ description: 'The network slug.' })
  network: string;

  @Field()
  networkName: string;

  @Field(() => MembershipRole)
  role: MembershipRole;

  @Field({ description: 'The role in Norwegian Bokmål.' })
  roleLabel: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('CatalogueStatistics', {
  description:
    'The yearly figures the competence service reports: the catalogue as it stood at the end of the year (today, for the current year) and what happened during it.',
})
export class CatalogueStatistics {
  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: 'Profiles published at the end of the year.' })
  publishedProfiles: number;

  @Field(() => [FacetCount], { description: 'Published profiles by health region (NONE: not given).' })
  byRegion: FacetCount[];

  @Field(() => [FacetCount], { description: 'Published profiles by competence area; a top-level area counts its sub-areas too.' })
  byCompetenceArea: FacetCount[];

  @Field(() => [FacetCount], { description: "Published profiles by the kind of their workplace (NONE: not given)." })
  byOrganizationKind: FacetCount[];

  @Field(() => [MonthlyProfileCount], { description: 'Month by month, up to the current month.' })
  profilesByMonth: MonthlyProfileCount[];

  @Field(() => [NetworkMemberCount])
  networkMembers: NetworkMemberCount[];

  @Field(() => Int, { description: 'Applications to networks decided during the year.' })
  applicationsDecided: number;

  @Field(() => Int)
  applicationsApproved: number;

  @Field(() => Int)
  applicationsDeclined: number;

  @Field(() => Float, { nullable: true, description: 'Median days from application to decision; null with no decisions.' })
  medianDaysToDecision: number | null;
}
