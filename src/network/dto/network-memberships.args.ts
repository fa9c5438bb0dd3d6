import { ArgsType, Field, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { MembershipRole, MembershipStatus } from '../../common/enums/membership.enum';
import { MAX_MEMBERS_PAGE } from './members.args';
import { NetworkRefArgs } from './network-ref.args';

@ArgsType()
export class NetworkMembershipsArgs extends NetworkRefArgs {
  @Field(() => [MembershipStatus], { nullable: true, description: 'Only these statuses (default: all).' })
  @IsOptional()
  @ArrayMaxSize(4)
  @IsEnum(MembershipStatus, { each: true, message: 'Ukjent status.' })
  status?: MembershipStatus[] | null;

  @Field(() => MembershipRole, { nullable: true })
  @IsOptional()
  @IsEnum(MembershipRole, { message: 'Ukjent rolle.' })
  role?: MembershipRole | null;

  @Field(() => Int, { defaultValue: 100 })
  @IsInt()
  @Min(1, { message: 'first må være minst 1.' })
  @Max(MAX_MEMBERS_PAGE, { message: `first kan være høyst ${MAX_MEMBERS_PAGE}.` })
  first: number = 100;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0, { message: 'offset kan ikke være negativ.' })
  @Max(100_000, { message: 'offset er for stor.' })
  offset: number = 0;
}
