import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { NoControlChars } from '../../common/validation/text';
import { NetworkRefArgs } from './network-ref.args';

@ArgsType()
export class SendNetworkNewsletterArgs extends NetworkRefArgs {
  @Field()
  @IsString()
  @MinLength(2, { message: 'Emnet må ha minst 2 tegn.' })
  @MaxLength(200, { message: 'Emnet kan ha høyst 200 tegn.' })
  @NoControlChars()
  subject: string;

  @Field({ description: 'Plain text.' })
  @IsString()
  @MinLength(2, { message: 'Teksten må ha minst 2 tegn.' })
  @MaxLength(50_000, { message: 'Teksten kan ha høyst 50 000 tegn.' })
  @NoControlChars({ multiline: true })
  body: string;
}
