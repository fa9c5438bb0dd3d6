import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@ArgsType()
export class TokenArgs {
  @Field({ description: 'The token from the link in the mail.' })
  @IsString()
  @MaxLength(500, { message: 'Lenken er ugyldig.' })
  token: string;
}
