import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../graphql/page-info.type';
import type { Account } from './account.entity';
import { AccountType } from './account.type';

@ObjectType('AccountEdge')
export class AccountEdge {
  @Field()
  cursor: string;

  @Field(() => AccountType)
  node: Account;
}

@ObjectType('AccountConnection')
export class AccountConnection {
  @Field(() => Int)
  totalCount: number;

  @Field(() => [AccountEdge])
  edges: AccountEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
