import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Trim } from '../../common/validation/text';

/** An editor blocks a sender for every researcher: by address, or by the address of a report. */
@ArgsType()
export class BlockForEveryoneArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(254, { message: 'E-postadressen er for lang.' })
  @IsEmail({}, { message: 'Oppgi en gyldig e-postadresse.' })
  senderEmail?: string | null;

  @Field(() => ID, { nullable: true, description: 'A report whose sender to block; the report is marked handled.' })
  @IsOptional()
  @IsUUID('all', { message: 'Ukjent rapport.' })
  report?: string | null;
}
