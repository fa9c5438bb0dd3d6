import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../common/enums/role.enum';

/** A login identity as its owner (and admins) see it. Never exposes the password hash. */
@ObjectType('Account')
export class AccountType {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => Role)
  role: Role;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the owner confirmed the address by mail.' })
  emailVerifiedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set when an admin has disabled the account.' })
  disabledAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
