import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import { CurrentViewer, Public, Roles } from '../graphql/decorators';
import { Role } from '../common/enums/role.enum';
import { notFound } from '../common/errors/app-errors';
import type { Viewer } from '../graphql/viewer';
import { AccountService } from './account.service';
import { AccountType } from './account.type';


@Resolver(() => AccountType)
export class AccountResolver {
  constructor(private readonly accounts: AccountService) {}

  @Public()
  @Query(() => AccountType, { nullable: true, description: 'The signed-in account; null when signed out.' })
  me(@CurrentViewer({ optional: true }) viewer: Viewer | null) {
    return viewer ? this.accounts.findById(viewer.accountId) : null;
  }

  @Roles(Role.ADMIN)
  @Mutation(() => AccountType, { description: "Admins: change an account's role (effective on its next request)." })
  async setAccountRole(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('role', { type: () => Role }) role: Role,
  ) {
    await this.requireAccount(id);
    return this.accounts.setRole(id, role, viewer);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => AccountType, { description: 'Admins: disable or re-enable an account; disabling ends its sessions at once.' })
  async setAccountDisabled(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('disabled') disabled: boolean,
  ) {
    await this.requireAccount(id);
    return this.accounts.setDisabled(id, disabled, viewer);
  }

  private async requireAccount(id: string): Promise<void> {
    if (!isUUID(id, 'loose') || !(await this.accounts.findById(id))) throw notFound('Fant ikke kontoen.');
  }
}
