import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@ArgsType()
export class NetworkRefArgs {
  @Field({ description: 'The network slug.' })
  @IsString()
  @MaxLength(100, { message: 'Ukjent nettverk.' })
  network: string;
}
