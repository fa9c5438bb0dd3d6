import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { HealthRegion } from '../../common/enums/health-region.enum';
import { OrganizationKind } from '../../common/enums/organization-kind.enum';
import { NoControlChars } from '../../common/validation/text';

@InputType('OrganizationInput', { description: 'Every field optional on update (absent: unchanged).' })
export class OrganizationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(2, { message: 'Skriv navnet på organisasjonen.' })
  @MaxLength(200, { message: 'Navnet kan ha høyst 200 tegn.' })
  @NoControlChars()
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'An abbreviation, e.g. OUS.' })
  @IsOptional()
  @IsString()
  @MaxLength(40, { message: 'Forkortelsen kan ha høyst 40 tegn.' })
  @NoControlChars()
  shortName?: string | null;

  @Field(() => OrganizationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationKind, { message: 'Ukjent type organisasjon.' })
  kind?: OrganizationKind | null;

  @Field(() => HealthRegion, { nullable: true })
  @IsOptional()
  @IsEnum(HealthRegion, { message: 'Ukjent helseregion.' })
  region?: HealthRegion | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Former and other names ("Høgskolen i Oslo" for OsloMet); a search for one finds the organisation.',
  })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'Høyst 20 andre navn.' })
  @IsString({ each: true })
  @MinLength(2, { each: true, message: 'Et annet navn må ha minst to tegn.' })
  @MaxLength(200, { each: true, message: 'Et annet navn kan ha høyst 200 tegn.' })
  @NoControlChars({}, { each: true })
  aliases?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The organisation this one is part of (an LMS under its health trust); null for none.' })
  @IsOptional()
  @IsUUID('all', { message: 'Fant ikke den overordnede organisasjonen.' })
  parent?: string | null;
}
