import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Account } from './account.entity';
import { AccountDirectoryResolver } from './account-directory.resolver';
import { AccountDirectoryService } from './account-directory.service';
import { AccountModule } from './account.module';
import { AccountResolver } from './account.resolver';

/** The GraphQL side of accounts (kept apart so the CLI can use AccountModule alone). */
@Module({
  imports: [AccountModule, TypeOrmModule.forFeature([Account])],
  providers: [AccountResolver, AccountDirectoryService, AccountDirectoryResolver],
})
export class AccountGraphQLModule {}
