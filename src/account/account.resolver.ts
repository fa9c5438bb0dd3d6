import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import { Public, Roles } from '../auth/decorators';
import { Role } from '../common/enums/role.enum';
import { notFound } from '../common/errors/app-errors';
import type { GraphQLContext } from '../graphql/graphql-context';
import { ProfileService } from '../profile/profile.service';
import { ResearcherType } from '../researcher/researcher.type';
import type { Account } from './account.entity';
import { AccountService } from './account.service';
import { AccountType } from './account.type';
import { MyDataService } from './my-data.service';


@Resolver(() => AccountType)
export class AccountResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly profiles: ProfileService,
    private readonly myData: MyDataService,
  ) {}

  @Public()
  @Query(() => AccountType, { nullable: true, description: 'The signed-in account; null when signed out.' })
  me(@Context() ctx: GraphQLContext) {
    return ctx.req.viewer ? this.accounts.findById(ctx.req.viewer.accountId) : null;
  }

  @Query(() => String, { description: 'JSON of everything held about the signed-in account.' })
  exportMyData(@Context() ctx: GraphQLContext) {
    return this.myData.export(ctx.req.viewer!.accountId);
  }

  @Mutation(() => Boolean, { description: 'Erases the account, its profile, memberships, history and sessions.' })
  deleteMyAccount(@Context() ctx: GraphQLContext, @Args('password') password: string) {
    return this.myData.erase(ctx.req.viewer!.accountId, password);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => AccountType, { description: "Admins: change an account's role (effective on its next request)." })
  async setAccountRole(@Args('id', { type: () => ID }) id: string, @Args('role', { type: () => Role }) role: Role) {
    await this.requireAccount(id);
    return this.accounts.setRole(id, role);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => AccountType, { description: 'Admins: disable or re-enable an account (effective on its next request).' })
  async setAccountDisabled(@Args('id', { type: () => ID }) id: string, @Args('disabled') disabled: boolean) {
    await this.requireAccount(id);
    return this.accounts.setDisabled(id, disabled);
  }

  @ResolveField(() => ResearcherType, { nullable: true, description: 'The profile the account owns.' })
  profile(@Parent() account: Account) {
    return this.profiles.findByAccountId(account.id);
  }

  private async requireAccount(id: string): Promise<void> {
    if (!isUUID(id, 'loose') || !(await this.accounts.findById(id))) throw notFound('Fant ikke kontoen.');
  }
}
