import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import type { Account } from '../account/account.entity';
import { AccountService } from '../account/account.service';
import { unauthenticated } from '../common/errors/app-errors';
import { LoginFailureDelay } from './login-failure-delay';

/** The same answer for an unknown address, a wrong password and a disabled account. */
export const invalidCredentials = () => unauthenticated('Feil e-postadresse eller passord.');

/** Email and password sign-in (passport-local). */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(
    private readonly accounts: AccountService,
    private readonly failures: LoginFailureDelay,
  ) {
    super({ usernameField: 'email', passwordField: 'password', session: false });
  }

  async validate(email: string, password: string): Promise<Account> {
    const account = await this.accounts.authenticate(email, password);
    if (!account) {
      await this.failures.afterFailure(email);
      throw invalidCredentials();
    }
    return account;
  }
}
