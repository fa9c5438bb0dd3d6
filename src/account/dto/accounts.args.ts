import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Role } from '../../common/enums/role.enum';

export const MAX_ACCOUNTS_PAGE = 100;

@ArgsType()
export class AccountsArgs {
  @Field(() => String, { nullable: true, description: 'Part of the address or of the name on the profile.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Søket kan ha høyst 200 tegn.' })
  query?: string | null;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role, { message: 'Ukjent rolle.' })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only disabled accounts; false: only active ones.' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean | null;

  @Field(() => Int, { defaultValue: 20, description: `Page size, at most ${MAX_ACCOUNTS_PAGE}.` })
  @IsInt()
  @Min(1, { message: 'first må være minst 1.' })
  @Max(MAX_ACCOUNTS_PAGE, { message: `first kan være høyst ${MAX_ACCOUNTS_PAGE}.` })
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'Ugyldig markør i «after».' })
  after?: string | null;
}
