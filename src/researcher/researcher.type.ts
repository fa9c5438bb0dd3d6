import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { AcademicDegree } from '../common/enums/academic-degree.enum';
import { HealthRegion } from '../common/enums/health-region.enum';
import { SpeakerFormat } from '../common/enums/speaker-format.enum';

/**
 * A researcher profile as clients see it. Contact fields and owner-only fields are
 * resolved by the resolver, which applies the viewer's access.
 */
@ObjectType('Researcher')
export class ResearcherType {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  givenName: string;

  @Field()
  familyName: string;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => AcademicDegree, { nullable: true })
  degree: AcademicDegree | null;

  @Field(() => String, { nullable: true, description: 'ORCID iD, e.g. 0000-0002-1825-0097.' })
  orcid: string | null;

  @Field(() => HealthRegion, { nullable: true })
  region: HealthRegion | null;

  @Field(() => String, { nullable: true })
  bio: string | null;

  @Field(() => [String])
  keywords: string[];

  @Field(() => [String], { description: 'ISO 639-1 codes, e.g. nb, en, se.' })
  languages: string[];

  @Field()
  availableAsSpeaker: boolean;

  @Field()
  availableForMedia: boolean;

  @Field(() => [String], { description: 'What she can comment on for the media.' })
  mediaTopics: string[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: '"Available for media now" until this moment; past it, it has lapsed.' })
  mediaAvailableUntil: Date | null;

  @Field(() => [String], { description: 'Talk titles.' })
  speakerTopics: string[];

  @Field(() => [SpeakerFormat])
  speakerFormats: SpeakerFormat[];

  @Field(() => [HealthRegion], { description: 'Health regions she travels to for talks and courses.' })
  travelRegions: HealthRegion[];

  @Field({ description: 'Leads courses ("kursleder").' })
  courseLeader: boolean;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  @Field(() => Int, { description: 'Send this back as expectedVersion when editing.' })
  version: number;
}
