import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { NoControlChars } from '../../common/validation/text';

@ArgsType()
export class DecideMembershipArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ugyldig id.' })
  id: string;

  @Field()
  @IsBoolean()
  approve: boolean;

  @Field(() => String, { nullable: true, description: 'Shown to the applicant.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'Merknaden kan ha høyst 2000 tegn.' })
  @NoControlChars({ multiline: true })
  note?: string | null;
}
