import { Module } from '@nestjs/common';
import { ProfileModule } from '../profile/profile.module';
import { AccountModule } from './account.module';
import { AccountResolver } from './account.resolver';
import { MyDataService } from '../privacy/my-data.service';

/** The GraphQL side of accounts (kept apart so the CLI can use AccountModule alone). */
@Module({
  imports: [AccountModule, ProfileModule],
  providers: [AccountResolver, MyDataService],
})
export class AccountGraphQLModule {}
