import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { HealthRegion } from '../../common/enums/health-region.enum';
import { OrganizationKind } from '../../common/enums/organization-kind.enum';
import { NoControlChars } from '../../common/validation/text';

@InputType('OrganizationProposalInput', { description: 'A workplace missing from the list, proposed by a researcher.' })
export class OrganizationProposalInput {
  @Field()
  @IsString()
  @MinLength(2, { message: 'Skriv navnet på arbeidsstedet.' })
  @MaxLength(200, { message: 'Navnet kan ha høyst 200 tegn.' })
  // Shown on the proposer's public profile before an editor has seen it: no lookalikes.
  @NoControlChars()
  name: string;

  @Field(() => OrganizationKind, { nullable: true, description: 'OTHER when absent.' })
  @IsOptional()
  @IsEnum(OrganizationKind, { message: 'Ukjent type organisasjon.' })
  kind?: OrganizationKind | null;

  @Field(() => HealthRegion, { nullable: true })
  @IsOptional()
  @IsEnum(HealthRegion, { message: 'Ukjent helseregion.' })
  region?: HealthRegion | null;
}
