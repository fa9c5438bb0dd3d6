import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '../../account/password-policy';
import { NoControlChars, Trim } from '../../common/validation/text';

@InputType()
export class RegisterInput {
  @Field()
  @Trim()
  @MaxLength(254, { message: 'E-postadressen er for lang.' })
  @IsEmail({}, { message: 'Oppgi en gyldig e-postadresse.' })
  email: string;

  // Checked against the password policy by the service; never trimmed or truncated.
  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `Passordet kan ha høyst ${PASSWORD_MAX_LENGTH} tegn.` })
  password: string;

  @Field()
  @Trim()
  @IsString()
  @MinLength(1, { message: 'Oppgi fornavn.' })
  @MaxLength(100, { message: 'Fornavnet kan ha høyst 100 tegn.' })
  @NoControlChars()
  givenName: string;

  @Field()
  @Trim()
  @IsString()
  @MinLength(1, { message: 'Oppgi etternavn.' })
  @MaxLength(100, { message: 'Etternavnet kan ha høyst 100 tegn.' })
  @NoControlChars()
  familyName: string;
}
