import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { MembershipRole } from '../../common/enums/membership.enum';
import { RepresentationInput } from './representation.input';

@ArgsType()
export class SetMembershipRoleArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ugyldig id.' })
  id: string;

  @Field(() => MembershipRole)
  @IsEnum(MembershipRole, { message: 'Ukjent rolle.' })
  role: MembershipRole;

  @Field(() => RepresentationInput, {
    nullable: true,
    description: 'Absent: unchanged. Given with neither field: represents no one.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => RepresentationInput)
  representing?: RepresentationInput | null;
}
