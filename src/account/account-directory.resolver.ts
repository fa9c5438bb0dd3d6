import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role } from '../common/enums/role.enum';
import { Roles } from '../graphql/decorators';
import { AccountConnection } from './account-connection.type';
import { AccountDirectoryService } from './account-directory.service';
import { AccountsArgs } from './dto/accounts.args';

@Resolver()
export class AccountDirectoryResolver {
  constructor(private readonly directory: AccountDirectoryService) {}

  @Roles(Role.ADMIN)
  @Query(() => AccountConnection, { description: 'Admins: accounts by address or profile name, role and state, by address.' })
  accounts(@Args() args: AccountsArgs) {
    return this.directory.list(args);
  }
}
