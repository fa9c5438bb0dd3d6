import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEmail,
  IsEnum,
  IsISO6391,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { AcademicDegree } from '../../common/enums/academic-degree.enum';
import { ContactPurpose } from '../../common/enums/contact-purpose.enum';
import { SpeakerFormat } from '../../common/enums/speaker-format.enum';
import { HealthRegion } from '../../common/enums/health-region.enum';
import { Visibility } from '../../common/enums/visibility.enum';
import { NoControlChars, Trim, TrimToNull } from '../../common/validation/text';
import { IfPresent, IsOrcid, LowerEach, ToOrcid, TrimEach } from '../validation/profile-validators';

const tooLong = (what: string, max: number) => ({ message: `${what} kan ha høyst ${max} tegn.` });

/**
 * Changes to one's own profile. Every field is optional: absent means unchanged; for
 * fields that may be empty, null clears them.
 */
@InputType()
export class ProfileInput {
  @Field({ nullable: true })
  @IfPresent()
  @Trim()
  @IsString({ message: 'Oppgi fornavn.' })
  @MinLength(1, { message: 'Fornavn kan ikke være tomt.' })
  @MaxLength(100, tooLong('Fornavn', 100))
  @NoControlChars()
  givenName?: string;

  @Field({ nullable: true })
  @IfPresent()
  @Trim()
  @IsString({ message: 'Oppgi etternavn.' })
  @MinLength(1, { message: 'Etternavn kan ikke være tomt.' })
  @MaxLength(100, tooLong('Etternavn', 100))
  @NoControlChars()
  familyName?: string;

  @Field(() => String, { nullable: true, description: 'Job title, e.g. "førsteamanuensis".' })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(200, tooLong('Tittel', 200))
  @NoControlChars()
  title?: string | null;

  @Field(() => AcademicDegree, { nullable: true })
  @IsOptional()
  @IsEnum(AcademicDegree, { message: 'Ukjent grad.' })
  degree?: AcademicDegree | null;

  @Field(() => String, { nullable: true, description: 'ORCID iD; checked with its ISO 7064 11,2 check character.' })
  @IsOptional()
  @ToOrcid()
  @IsOrcid()
  orcid?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Ukjent organisasjon.' })
  organizationId?: string | null;

  @Field(() => HealthRegion, { nullable: true })
  @IsOptional()
  @IsEnum(HealthRegion, { message: 'Ukjent helseregion.' })
  region?: HealthRegion | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(5000, tooLong('Beskrivelsen', 5000))
  @NoControlChars({ multiline: true })
  bio?: string | null;

  @Field(() => [String], { nullable: true })
  @IfPresent()
  @TrimEach()
  @IsArray({ message: 'Oppgi en liste med stikkord.' })
  @ArrayMaxSize(30, { message: 'Du kan ha høyst 30 stikkord.' })
  @IsString({ each: true })
  @MinLength(1, { each: true, message: 'Stikkord kan ikke være tomme.' })
  @MaxLength(60, { each: true, message: 'Et stikkord kan ha høyst 60 tegn.' })
  @NoControlChars({}, { each: true })
  keywords?: string[];

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes, e.g. nb, nn, en, se.' })
  @IfPresent()
  @LowerEach()
  @IsArray({ message: 'Oppgi en liste med språkkoder.' })
  @ArrayMaxSize(20, { message: 'Du kan ha høyst 20 språk.' })
  @IsISO6391({ each: true, message: 'Ukjent språkkode (bruk ISO 639-1, f.eks. nb, en, se).' })
  languages?: string[];

  @Field(() => [String], { nullable: true, description: 'Competence area slugs.' })
  @IfPresent()
  @LowerEach()
  @IsArray({ message: 'Oppgi en liste med kompetanseområder.' })
  @ArrayMaxSize(30, { message: 'Du kan ha høyst 30 kompetanseområder.' })
  @Matches(/^[a-z0-9-]{1,80}$/, { each: true, message: 'Ukjent kompetanseområde.' })
  competenceAreas?: string[];

  @Field({ nullable: true })
  @IfPresent()
  @IsBoolean()
  availableAsSpeaker?: boolean;

  @Field({ nullable: true })
  @IfPresent()
  @IsBoolean()
  availableForMedia?: boolean;

  @Field(() => [String], { nullable: true, description: 'What she can comment on for the media: up to 10 short phrases, ranked high in search.' })
  @IfPresent()
  @TrimEach()
  @IsArray({ message: 'Oppgi en liste med medietemaer.' })
  @ArrayMaxSize(10, { message: 'Du kan ha høyst 10 medietemaer.' })
  @IsString({ each: true })
  @MinLength(2, { each: true, message: 'Et medietema må ha minst 2 tegn.' })
  @MaxLength(80, { each: true, message: 'Et medietema kan ha høyst 80 tegn.' })
  @NoControlChars({}, { each: true })
  mediaTopics?: string[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: '"Available for media now" until this moment (it lapses by itself); null clears it.' })
  @IsOptional()
  @IsDate({ message: 'Oppgi et tidspunkt.' })
  mediaAvailableUntil?: Date | null;

  @Field(() => [String], { nullable: true, description: 'Talk titles.' })
  @IfPresent()
  @TrimEach()
  @IsArray({ message: 'Oppgi en liste med foredragstitler.' })
  @ArrayMaxSize(20, { message: 'Du kan ha høyst 20 foredragstitler.' })
  @IsString({ each: true })
  @MinLength(2, { each: true, message: 'En foredragstittel må ha minst 2 tegn.' })
  @MaxLength(150, { each: true, message: 'En foredragstittel kan ha høyst 150 tegn.' })
  @NoControlChars({}, { each: true })
  speakerTopics?: string[];

  @Field(() => [SpeakerFormat], { nullable: true })
  @IfPresent()
  @IsArray({ message: 'Oppgi en liste med formater.' })
  @ArrayMaxSize(10, { message: 'For mange formater.' })
  @IsEnum(SpeakerFormat, { each: true, message: 'Ukjent format.' })
  speakerFormats?: SpeakerFormat[];

  @Field(() => [HealthRegion], { nullable: true, description: 'Health regions she travels to for talks and courses.' })
  @IfPresent()
  @IsArray({ message: 'Oppgi en liste med helseregioner.' })
  @ArrayMaxSize(10, { message: 'For mange helseregioner.' })
  @IsEnum(HealthRegion, { each: true, message: 'Ukjent helseregion.' })
  travelRegions?: HealthRegion[];

  @Field({ nullable: true, description: 'Leads courses ("kursleder").' })
  @IfPresent()
  @IsBoolean()
  courseLeader?: boolean;

  @Field({ nullable: true, description: 'Whether people may write through the site (contactResearcher).' })
  @IfPresent()
  @IsBoolean()
  acceptsMessages?: boolean;

  @Field(() => [ContactPurpose], { nullable: true, description: 'What people may write about.' })
  @IfPresent()
  @IsArray({ message: 'Oppgi en liste med formål.' })
  @ArrayMaxSize(10, { message: 'For mange formål.' })
  @IsEnum(ContactPurpose, { each: true, message: 'Ukjent formål.' })
  acceptedContactPurposes?: ContactPurpose[];

  @Field(() => Visibility, { nullable: true, description: 'Who sees the portrait (PUBLIC by default).' })
  @IfPresent()
  @IsEnum(Visibility, { message: 'Ukjent synlighet.' })
  photoVisibility?: Visibility;

  @Field({ nullable: true, description: 'Consent to newsletters and mail from the networks one belongs to.' })
  @IfPresent()
  @IsBoolean()
  acceptsNetworkMail?: boolean;

  @Field(() => String, { nullable: true, description: 'Contact address shown on the profile (by its visibility).' })
  @IsOptional()
  @TrimToNull()
  @MaxLength(254, tooLong('E-postadressen', 254))
  @IsEmail({}, { message: 'Oppgi en gyldig e-postadresse.' })
  email?: string | null;

  @Field(() => Visibility, { nullable: true })
  @IfPresent()
  @IsEnum(Visibility, { message: 'Ukjent synlighet.' })
  emailVisibility?: Visibility;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @MaxLength(30, tooLong('Telefonnummeret', 30))
  @Matches(/^\+?[0-9][0-9 ()-]{4,28}$/, { message: 'Oppgi et gyldig telefonnummer, f.eks. +47 22 00 00 00.' })
  phone?: string | null;

  @Field(() => Visibility, { nullable: true })
  @IfPresent()
  @IsEnum(Visibility, { message: 'Ukjent synlighet.' })
  phoneVisibility?: Visibility;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @MaxLength(500, tooLong('Nettadressen', 500))
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_valid_protocol: true },
    { message: 'Oppgi en nettadresse som begynner med http:// eller https://.' },
  )
  website?: string | null;
}
