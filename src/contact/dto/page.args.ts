import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const MAX_CONTACT_PAGE = 100;

/** Paging for the contact lists: newest first, with an opaque cursor. */
@ArgsType()
export class ContactPageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, at most ${MAX_CONTACT_PAGE}.` })
  @IsInt()
  @Min(1, { message: 'first må være minst 1.' })
  @Max(MAX_CONTACT_PAGE, { message: `first kan være høyst ${MAX_CONTACT_PAGE}.` })
  first: number = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Ugyldig markør i «after».' })
  after?: string | null;
}
