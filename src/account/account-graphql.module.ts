import { Module } from '@nestjs/common';
import { AccountModule } from './account.module';
import { AccountResolver } from './account.resolver';

/** The GraphQL side of accounts (kept apart so the CLI can use AccountModule alone). */
@Module({
  imports: [AccountModule],
  providers: [AccountResolver],
})
export class AccountGraphQLModule {}
