import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { HealthRegion } from '../../common/enums/health-region.enum';

/** Whom a member represents: a health region (Dialogforum) or an organisation (e.g. BAR); give at most one. */
@InputType()
export class RepresentationInput {
  @Field(() => HealthRegion, { nullable: true })
  @IsOptional()
  @IsEnum(HealthRegion, { message: 'Ukjent helseregion.' })
  region?: HealthRegion | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Ugyldig organisasjon.' })
  organizationId?: string | null;
}
