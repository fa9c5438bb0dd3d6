import { ArgsType, Field } from '@nestjs/graphql';
import { IsEmail, MaxLength } from 'class-validator';
import { NetworkRefArgs } from './network-ref.args';

@ArgsType()
export class SubscribeToNetworkNewsArgs extends NetworkRefArgs {
  @Field()
  @IsEmail({}, { message: 'Skriv en gyldig e-postadresse.' })
  @MaxLength(254, { message: 'E-postadressen kan ha høyst 254 tegn.' })
  email: string;
}
