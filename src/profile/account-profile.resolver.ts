import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Account } from '../account/account.entity';
import { AccountType } from '../account/account.type';
import { ResearcherType } from '../researcher/researcher.type';
import { ProfileService } from './profile.service';

/** `Account.profile`: resolved here, in the module that owns profiles. */
@Resolver(() => AccountType)
export class AccountProfileResolver {
  constructor(private readonly profiles: ProfileService) {}

  @ResolveField(() => ResearcherType, { nullable: true, description: 'The profile the account owns.' })
  profile(@Parent() account: Account) {
    return this.profiles.findByAccountId(account.id);
  }
}
