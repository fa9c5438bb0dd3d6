import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { NoControlChars, TrimToNull } from '../../common/validation/text';

@ArgsType()
export class ReportAbuseArgs {
  @Field(() => ID, { description: 'The message reported.' })
  @IsUUID('all', { message: 'Ukjent melding.' })
  message: string;

  @Field(() => String, { nullable: true, description: 'What is wrong with it, for the editors.' })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(1000, { message: 'Begrunnelsen kan ha høyst 1000 tegn.' })
  @NoControlChars({ multiline: true })
  reason?: string | null;
}
