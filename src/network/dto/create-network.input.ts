import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { NoControlChars } from '../../common/validation/text';

@InputType()
export class CreateNetworkInput {
  @Field({ description: 'URL name: lower-case letters, digits and hyphens. Cannot be changed later.' })
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'Bruk små bokstaver (a–z), tall og bindestrek.' })
  @MaxLength(60, { message: 'Kortnavnet kan ha høyst 60 tegn.' })
  slug: string;

  @Field()
  @IsString()
  @MinLength(2, { message: 'Navnet må ha minst 2 tegn.' })
  @MaxLength(200, { message: 'Navnet kan ha høyst 200 tegn.' })
  @NoControlChars()
  name: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000, { message: 'Beskrivelsen kan ha høyst 5000 tegn.' })
  @NoControlChars({ multiline: true })
  description: string = '';

  @Field({ defaultValue: '', description: 'Who may join.' })
  @IsString()
  @MaxLength(5000, { message: 'Opptakskriteriene kan ha høyst 5000 tegn.' })
  @NoControlChars({ multiline: true })
  criteria: string = '';

  @Field({ defaultValue: true })
  @IsBoolean()
  applicationsOpen: boolean = true;

  @Field({ defaultValue: false, description: 'Applications must state degree and research experience.' })
  @IsOptional()
  @IsBoolean()
  asksResearchBackground: boolean = false;

  @Field({ defaultValue: false, description: 'Members represent health regions, one each (as in Dialogforum).' })
  @IsOptional()
  @IsBoolean()
  representsRegions: boolean = false;
}
