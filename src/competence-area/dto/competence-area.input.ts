import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { NoControlChars } from '../../common/validation/text';

@InputType('CompetenceAreaInput', {
  description: 'Every field optional on update (absent: unchanged). `parent: null` moves the area to the top level.',
})
export class CompetenceAreaInput {
  @Field(() => String, { nullable: true, description: 'Label in Norwegian Bokmål.' })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'Skriv et navn.' })
  @MaxLength(100, { message: 'Navnet kan ha høyst 100 tegn.' })
  @NoControlChars()
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Label in English.' })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'Skriv et engelsk navn.' })
  @MaxLength(100, { message: 'Det engelske navnet kan ha høyst 100 tegn.' })
  @NoControlChars()
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Slug of a top-level area; null for the top level.' })
  @IsOptional()
  @IsString()
  @MaxLength(60, { message: 'Ukjent overordnet område.' })
  parent?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'Beskrivelsen kan ha høyst 1000 tegn.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'On create only: the slug (made from the name when absent).' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'Lenkenavnet kan bare ha små bokstaver a–z, tall og bindestrek.' })
  @MaxLength(60, { message: 'Lenkenavnet kan ha høyst 60 tegn.' })
  slug?: string | null;
}
