import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Account } from './account.entity';
import { AccountService } from './account.service';
import { PasswordPolicy } from './password-policy';
import { PasswordService } from './password.service';

/** Accounts and passwords, with no GraphQL or HTTP: the CLI uses it as the API does. */
@Module({
  imports: [TypeOrmModule.forFeature([Account])],
  providers: [AccountService, PasswordService, PasswordPolicy],
  exports: [AccountService, PasswordService, PasswordPolicy],
})
export class AccountModule {}
