import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { AccountType } from '../account/account.type';

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field({ description: 'Send as "Authorization: Bearer <token>". Valid for 15 minutes.' })
  accessToken: string;

  @Field(() => GraphQLISODateTime)
  accessTokenExpiresAt: Date;

  @Field({ description: 'Exchange with the refreshToken mutation for new tokens; each can be used once.' })
  refreshToken: string;

  @Field(() => AccountType)
  account: AccountType;
}
