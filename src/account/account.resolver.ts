import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/decorators';
import type { GraphQLContext } from '../graphql/graphql-context';
import { ProfileService } from '../profile/profile.service';
import { ResearcherType } from '../researcher/researcher.type';
import type { Account } from './account.entity';
import { AccountService } from './account.service';
import { AccountType } from './account.type';

@Resolver(() => AccountType)
export class AccountResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly profiles: ProfileService,
  ) {}

  @Public()
  @Query(() => AccountType, { nullable: true, description: 'The signed-in account; null when signed out.' })
  me(@Context() ctx: GraphQLContext) {
    return ctx.req.viewer ? this.accounts.findById(ctx.req.viewer.accountId) : null;
  }

  @ResolveField(() => ResearcherType, { nullable: true, description: 'The profile the account owns.' })
  profile(@Parent() account: Account) {
    return this.profiles.findByAccountId(account.id);
  }
}
