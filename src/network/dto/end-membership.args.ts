import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { NoControlChars } from '../../common/validation/text';

@ArgsType()
export class EndMembershipArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ugyldig id.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Why the membership ended; shown to the member.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'Merknaden kan ha høyst 2000 tegn.' })
  @NoControlChars({ multiline: true })
  note?: string | null;
}
