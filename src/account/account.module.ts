import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { Account } from './account.entity';
import { AccountService } from './account.service';
import { PasswordPolicy } from './password-policy';
import { PasswordService } from './password.service';
import { OneTimeTokenService } from './one-time-token.service';
import { RefreshTokenService } from './refresh-token.service';

/** Accounts and passwords, with no GraphQL or HTTP: the CLI uses it as the API does. */
@Module({
  // AuditModule by name: the CLI boots this module without the app's global ones.
  imports: [TypeOrmModule.forFeature([Account]), AuditModule],
  providers: [AccountService, PasswordService, PasswordPolicy, RefreshTokenService, OneTimeTokenService],
  exports: [AccountService, PasswordService, PasswordPolicy, RefreshTokenService, OneTimeTokenService],
})
export class AccountModule {}
