import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { NoControlChars } from '../../common/validation/text';

/** Every field optional; absent means unchanged. */
@InputType()
export class UpdateNetworkInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(2, { message: 'Navnet må ha minst 2 tegn.' })
  @MaxLength(200, { message: 'Navnet kan ha høyst 200 tegn.' })
  @NoControlChars()
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'Beskrivelsen kan ha høyst 5000 tegn.' })
  @NoControlChars({ multiline: true })
  description?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'Opptakskriteriene kan ha høyst 5000 tegn.' })
  @NoControlChars({ multiline: true })
  criteria?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  applicationsOpen?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  asksResearchBackground?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  representsRegions?: boolean;
}
