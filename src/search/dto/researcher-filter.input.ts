import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { AcademicDegree } from '../../common/enums/academic-degree.enum';
import { HealthRegion } from '../../common/enums/health-region.enum';
import { SpeakerFormat } from '../../common/enums/speaker-format.enum';

const MAX_VALUES = 50;

/** Values within one field are OR-ed; fields are AND-ed. An empty list is no filter. */
@InputType('ResearcherFilter')
export class ResearcherFilter {
  @Field(() => [String], { nullable: true, description: 'Competence-area slugs; an area also matches its sub-areas.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_VALUES, { message: `Velg høyst ${MAX_VALUES} kompetanseområder.` })
  @IsString({ each: true })
  @MaxLength(100, { each: true, message: 'Ukjent kompetanseområde.' })
  competenceAreas?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Network slugs; only active memberships count.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_VALUES, { message: `Velg høyst ${MAX_VALUES} nettverk.` })
  @IsString({ each: true })
  @MaxLength(100, { each: true, message: 'Ukjent nettverk.' })
  networks?: string[] | null;

  @Field(() => [HealthRegion], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_VALUES)
  @IsEnum(HealthRegion, { each: true })
  regions?: HealthRegion[] | null;

  @Field(() => [AcademicDegree], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_VALUES)
  @IsEnum(AcademicDegree, { each: true })
  degrees?: AcademicDegree[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes, e.g. nb, en, se.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_VALUES, { message: `Velg høyst ${MAX_VALUES} språk.` })
  @Matches(/^[a-zA-Z]{2,3}$/, { each: true, message: 'Språk oppgis som ISO 639-1-kode, for eksempel nb, en eller se.' })
  languages?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Workplaces (organisation ids); a merged one finds the people moved on.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_VALUES, { message: `Velg høyst ${MAX_VALUES} organisasjoner.` })
  @IsUUID('all', { each: true, message: 'Ukjent organisasjon.' })
  organizations?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  availableAsSpeaker?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  availableForMedia?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Available for media now: mediaAvailableUntil is still ahead.' })
  @IsOptional()
  @IsBoolean()
  availableForMediaNow?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Leads courses ("kursleder").' })
  @IsOptional()
  @IsBoolean()
  courseLeader?: boolean | null;

  @Field(() => [SpeakerFormat], { nullable: true, description: 'Speaks in any of these formats.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_VALUES)
  @IsEnum(SpeakerFormat, { each: true })
  speakerFormats?: SpeakerFormat[] | null;

  @Field(() => [HealthRegion], { nullable: true, description: 'Travels to any of these health regions for talks and courses.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_VALUES)
  @IsEnum(HealthRegion, { each: true })
  travelRegions?: HealthRegion[] | null;
}
