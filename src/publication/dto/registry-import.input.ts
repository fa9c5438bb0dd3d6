import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { NoControlChars } from '../../common/validation/text';
import { TrimEach } from '../../profile/validation/profile-validators';

// Absent and null both mean "none picked".
const IfPresent = () => ValidateIf((_object: object, value: unknown) => value !== undefined && value !== null);

/** What to take from a registry record; anything not picked is left as it is. */
@InputType()
export class RegistryImportInput {
  @Field(() => [String], { nullable: true, description: 'Keys of the works to add (PublicationCandidate.key).' })
  @IfPresent()
  @TrimEach()
  @IsArray({ message: 'Oppgi en liste med verk.' })
  @ArrayMaxSize(200, { message: 'Du kan hente høyst 200 verk om gangen.' })
  @IsString({ each: true })
  @Matches(/^[\w-]{1,100}$/, { each: true, message: 'Ukjent verk.' })
  works?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Keywords from the preview to add to yours.' })
  @IfPresent()
  @TrimEach()
  @IsArray({ message: 'Oppgi en liste med stikkord.' })
  @ArrayMaxSize(30, { message: 'Du kan ha høyst 30 stikkord.' })
  @IsString({ each: true })
  @MaxLength(60, { each: true, message: 'Et stikkord kan ha høyst 60 tegn.' })
  @NoControlChars({}, { each: true })
  keywords?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Replace your description with the biography from the registry.' })
  @IsOptional()
  @IsBoolean()
  biography?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Take the offered workplace (RegistryImportPreview.workplace).' })
  @IsOptional()
  @IsBoolean()
  workplace?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'NVA only: a Cristin person id or ORCID iD; absent: the iD on your profile, else the person last previewed.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  cristinPersonId?: string | null;
}
