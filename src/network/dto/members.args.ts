import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { MembershipRole } from '../../common/enums/membership.enum';

export const MAX_MEMBERS_PAGE = 500;

@ArgsType()
export class MembersArgs {
  @Field(() => MembershipRole, { nullable: true, description: 'Only members with this role.' })
  @IsOptional()
  @IsEnum(MembershipRole, { message: 'Ukjent rolle.' })
  role?: MembershipRole | null;

  @Field(() => Int, { defaultValue: 100, description: `Page size, at most ${MAX_MEMBERS_PAGE}.` })
  @IsInt()
  @Min(1, { message: 'first må være minst 1.' })
  @Max(MAX_MEMBERS_PAGE, { message: `first kan være høyst ${MAX_MEMBERS_PAGE}.` })
  first: number = 100;

  @Field(() => Int, { defaultValue: 0, description: 'How many members to skip (sorted by family name).' })
  @IsInt()
  @Min(0, { message: 'offset kan ikke være negativ.' })
  @Max(100_000, { message: 'offset er for stor.' })
  offset: number = 0;
}
