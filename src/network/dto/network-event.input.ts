import { Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsOptional, IsString, IsUrl, MaxLength, MinLength } from 'class-validator';
import { NoControlChars } from '../../common/validation/text';

/** A meeting: where (a place, or digital, or both), its agenda and afterwards its minutes. */
@InputType()
export class NetworkEventInput {
  @Field()
  @IsString()
  @MinLength(2, { message: 'Tittelen må ha minst 2 tegn.' })
  @MaxLength(200, { message: 'Tittelen kan ha høyst 200 tegn.' })
  @NoControlChars()
  title: string;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate({ message: 'Oppgi når møtet starter.' })
  startsAt: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300, { message: 'Stedet kan ha høyst 300 tegn.' })
  @NoControlChars()
  place?: string | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  digital: boolean = false;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(10_000, { message: 'Sakslisten kan ha høyst 10 000 tegn.' })
  @NoControlChars({ multiline: true })
  agenda: string = '';

  @Field(() => String, { nullable: true, description: 'The minutes as text.' })
  @IsOptional()
  @IsString()
  @MaxLength(50_000, { message: 'Referatet kan ha høyst 50 000 tegn.' })
  @NoControlChars({ multiline: true })
  minutesText?: string | null;

  @Field(() => String, { nullable: true, description: 'A link to the minutes (http or https).' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'Oppgi en fullstendig lenke (https://…).' })
  @MaxLength(2000, { message: 'Lenken kan ha høyst 2000 tegn.' })
  minutesUrl?: string | null;
}
