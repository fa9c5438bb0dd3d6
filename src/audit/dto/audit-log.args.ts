import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export const MAX_AUDIT_PAGE = 100;

@ArgsType()
export class AuditLogArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, at most ${MAX_AUDIT_PAGE}.` })
  @IsInt()
  @Min(1, { message: 'first må være minst 1.' })
  @Max(MAX_AUDIT_PAGE, { message: `first kan være høyst ${MAX_AUDIT_PAGE}.` })
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Ugyldig markør i «after».' })
  after?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only what this account did.' })
  @IsOptional()
  @IsUUID('all', { message: 'Ugyldig konto-id.' })
  actor?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this action, e.g. ACCOUNT_DISABLED.' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Ukjent handling.' })
  action?: string | null;
}
