import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { MembershipRole } from '../../common/enums/membership.enum';
import { NetworkRefArgs } from './network-ref.args';
import { RepresentationInput } from './representation.input';

@ArgsType()
export class AddNetworkMemberArgs extends NetworkRefArgs {
  @Field(() => ID, { description: 'The researcher (profile) id.' })
  @IsUUID('all', { message: 'Ugyldig forsker-id.' })
  researcher: string;

  @Field(() => MembershipRole)
  @IsEnum(MembershipRole, { message: 'Ukjent rolle.' })
  role: MembershipRole;

  @Field(() => RepresentationInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RepresentationInput)
  representing?: RepresentationInput | null;
}
