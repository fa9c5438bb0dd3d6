import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { NoControlChars, Trim, TrimToNull } from '../../common/validation/text';

/** A publication typed or corrected by the owner. */
@InputType()
export class PublicationInput {
  @Field()
  @Trim()
  @IsString({ message: 'Oppgi en tittel.' })
  @MinLength(1, { message: 'Oppgi en tittel.' })
  @MaxLength(500, { message: 'Tittelen kan ha høyst 500 tegn.' })
  @NoControlChars()
  title: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Oppgi et årstall.' })
  @Min(1000, { message: 'Oppgi et årstall.' })
  @Max(2100, { message: 'Oppgi et årstall.' })
  year?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(300, { message: 'Tidsskrift eller utgiver kan ha høyst 300 tegn.' })
  @NoControlChars()
  venue?: string | null;

  @Field(() => String, { nullable: true, description: 'A DOI, bare or as a doi.org link.' })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(300)
  doi?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(500, { message: 'Nettadressen kan ha høyst 500 tegn.' })
  url?: string | null;
}
