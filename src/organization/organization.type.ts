import { Field, ID, ObjectType } from '@nestjs/graphql';
import { HealthRegion } from '../common/enums/health-region.enum';
import { OrganizationKind } from '../common/enums/organization-kind.enum';

@ObjectType('Organization')
export class OrganizationType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  shortName: string | null;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field(() => HealthRegion, { nullable: true })
  region: HealthRegion | null;

  @Field({ description: 'For the page /organisasjon/<slug>; kept when renamed.' })
  slug: string;

  @Field(() => [String], { description: 'Former and other names; a search for one finds the organisation.' })
  aliases: string[];

  @Field({ description: "A researcher's proposal that editors have not yet approved." })
  pendingApproval: boolean;

  parentId: string | null;
  mergedIntoId: string | null;
}
