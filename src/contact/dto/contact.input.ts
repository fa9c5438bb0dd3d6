import { Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import { IsDate, IsEmail, IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ContactPurpose } from '../../common/enums/contact-purpose.enum';
import { NoControlChars, Trim, TrimToNull } from '../../common/validation/text';

const tooLong = (what: string, max: number) => ({ message: `${what} kan ha høyst ${max} tegn.` });
// Names, organisation and subject end up in mail headers (Reply-To, Subject): one line only,
// so a CR/LF can never start a header of its own.
const SINGLE_LINE = { message: 'Bruk én linje, uten linjeskift eller kontrolltegn.' };

/** What a visitor writes to a researcher through the site. */
@InputType()
export class ContactInput {
  @Field()
  @Trim()
  @IsString({ message: 'Oppgi navnet ditt.' })
  @MinLength(1, { message: 'Oppgi navnet ditt.' })
  @MaxLength(100, tooLong('Navnet', 100))
  @NoControlChars({}, SINGLE_LINE)
  senderName: string;

  @Field()
  @Trim()
  @IsString({ message: 'Oppgi e-postadressen din.' })
  @MaxLength(254, tooLong('E-postadressen', 254))
  @IsEmail({}, { message: 'Oppgi en gyldig e-postadresse.' })
  senderEmail: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(150, tooLong('Organisasjonen', 150))
  @NoControlChars({}, SINGLE_LINE)
  senderOrganization?: string | null;

  @Field(() => ContactPurpose)
  @IsEnum(ContactPurpose, { message: 'Velg hva henvendelsen gjelder.' })
  purpose: ContactPurpose;

  @Field()
  @Trim()
  @IsString({ message: 'Oppgi et emne.' })
  @MinLength(3, { message: 'Emnet må ha minst 3 tegn.' })
  @MaxLength(150, tooLong('Emnet', 150))
  @NoControlChars({}, SINGLE_LINE)
  subject: string;

  @Field()
  @Trim()
  @IsString({ message: 'Skriv en melding.' })
  @MinLength(20, { message: 'Meldingen må ha minst 20 tegn.' })
  @MaxLength(5000, tooLong('Meldingen', 5000))
  @NoControlChars({ multiline: true })
  message: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the sender needs an answer by (e.g. a press deadline).' })
  @IsOptional()
  @IsDate({ message: 'Oppgi fristen som dato og klokkeslett.' })
  deadline?: Date | null;
}
