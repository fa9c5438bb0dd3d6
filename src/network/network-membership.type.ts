import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { HealthRegion } from '../common/enums/health-region.enum';
import { MembershipRole, MembershipStatus } from '../common/enums/membership.enum';

/**
 * A membership or an application. The application and decision details (motivation, degree,
 * experience, notes, who decided) are resolved by the resolver and shown only to the member,
 * the network's deciders and editors.
 */
@ObjectType('NetworkMembership')
export class NetworkMembershipType {
  @Field(() => ID)
  id: string;

  @Field(() => MembershipRole)
  role: MembershipRole;

  @Field(() => MembershipStatus)
  status: MembershipStatus;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD) the membership began.' })
  startedOn: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD) the membership ended.' })
  endedOn: string | null;

  @Field(() => HealthRegion, { nullable: true, description: 'The health region this member represents.' })
  representingRegion: HealthRegion | null;

  @Field(() => GraphQLISODateTime, { description: 'When the application was made or the member added.' })
  createdAt: Date;

  networkId: string;
  researcherId: string;
  representingOrganizationId: string | null;
}
