import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Account } from '../account/account.entity';
import { AccountService } from '../account/account.service';
import { badUserInput, unauthenticated } from '../common/errors/app-errors';
import { Environment } from '../config/environment';
import { ProfileRegistrationService } from '../profile/profile-registration.service';
import { MailService } from '../mail/mail.service';
import type { RegisterInput } from './dto/register.input';
import { OneTimeTokenPurpose } from '../account/one-time-token.entity';
import { OneTimeTokenService } from '../account/one-time-token.service';
import { RefreshTokenService } from '../account/refresh-token.service';
import { TokenService } from './token.service';
import { VerificationMailLimit } from './verification-mail-limit';
import { accountMail } from './auth-mail';

export interface AuthResult {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  account: Account;
}

const invalidLink = (field: string) => badUserInput(field, 'Lenken er ugyldig eller utløpt. Be om en ny.');

/** Sign-up, sign-in, sessions and the mail flows around passwords and addresses. */
@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: AccountService,
    private readonly registration: ProfileRegistrationService,
    private readonly tokens: TokenService,
    private readonly refreshTokens: RefreshTokenService,
    private readonly oneTimeTokens: OneTimeTokenService,
    private readonly mail: MailService,
    private readonly env: Environment,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly verificationMailLimit: VerificationMailLimit,
  ) {}

  async register(input: RegisterInput): Promise<AuthResult> {
    const { account } = await this.registration.createAccount(input);
    await this.sendVerification(account);
    return this.startSession(account);
  }

  /** A new session for an account whose credentials were checked (LocalAuthGuard). */
  async startSession(account: Account): Promise<AuthResult> {
    const sessionId = randomUUID();
    const refreshToken = await this.refreshTokens.issue(account.id, sessionId);
    const { token, expiresAt } = this.tokens.signAccessToken(account, sessionId);
    return { accessToken: token, accessTokenExpiresAt: expiresAt, refreshToken, account };
  }

  async refresh(refreshToken: string): Promise<AuthResult> {
    const { accountId, sessionId, refreshToken: next } = await this.refreshTokens.rotate(refreshToken);
    const account = await this.accounts.findById(accountId);
    if (!account || account.disabledAt) throw unauthenticated('Innloggingen er utløpt. Logg inn på nytt.');
    const { token, expiresAt } = this.tokens.signAccessToken(account, sessionId);
    return { accessToken: token, accessTokenExpiresAt: expiresAt, refreshToken: next, account };
  }

  async logout(refreshToken: string): Promise<boolean> {
    await this.refreshTokens.revoke(refreshToken);
    return true;
  }

  /** Ends every session of the account at once, access tokens included. */
  async logoutEverywhere(accountId: string): Promise<boolean> {
    await this.accounts.endAllSessions(accountId);
    return true;
  }

  async sendVerification(account: Pick<Account, 'id' | 'email' | 'emailVerifiedAt'>): Promise<boolean> {
    if (account.emailVerifiedAt) return true;
    const token = await this.oneTimeTokens.create(account.id, OneTimeTokenPurpose.VERIFY_EMAIL);
    this.mail.sendInBackground(accountMail.verifyEmail(account.email, this.link('bekreft-epost', token)));
    return true;
  }

  async resendVerification(accountId: string): Promise<boolean> {
    const account = await this.accounts.findById(accountId);
    if (!account) throw unauthenticated();
    if (account.emailVerifiedAt) return true;
    await this.verificationMailLimit.take(account.email);
    return this.sendVerification(account);
  }

  async verifyEmail(token: string): Promise<boolean> {
    const accountId = await this.oneTimeTokens.consume(token, OneTimeTokenPurpose.VERIFY_EMAIL);
    if (!accountId) throw invalidLink('token');
    await this.accounts.markEmailVerified(accountId);
    return true;
  }

  /**
   * Always answers true, at once: the work for a known address happens after the answer,
   * so neither the answer nor its timing tells whether the address has an account.
   */
  async requestPasswordReset(email: string): Promise<boolean> {
    void this.sendPasswordReset(email).catch(() => undefined);
    return true;
  }

  private async sendPasswordReset(email: string): Promise<void> {
    const account = await this.accounts.findByEmail(email);
    if (!account || account.disabledAt) return;
    const token = await this.oneTimeTokens.create(account.id, OneTimeTokenPurpose.RESET_PASSWORD);
    await this.mail.send(accountMail.resetPassword(account.email, this.link('nytt-passord', token)));
  }

  async resetPassword(token: string, newPassword: string): Promise<boolean> {
    // Check the new password before using the link up, so a refused password can be retried.
    const accountId = await this.oneTimeTokens.peek(token, OneTimeTokenPurpose.RESET_PASSWORD);
    const account = accountId ? await this.accounts.findById(accountId) : null;
    if (!account) throw invalidLink('token');
    this.accounts.checkPassword(newPassword, 'newPassword', account);

    await this.dataSource.transaction(async (tx) => {
      if (!(await this.oneTimeTokens.consume(token, OneTimeTokenPurpose.RESET_PASSWORD, tx))) throw invalidLink('token');
      await this.accounts.setPassword(account.id, newPassword, tx);
      // Following the link proved the address is theirs.
      await this.accounts.markEmailVerified(account.id, tx);
    });
    this.mail.sendInBackground(accountMail.passwordChanged(account.email));
    return true;
  }

  /** Needs the current password; ends all other sessions and returns a fresh one. */
  async changePassword(accountId: string, currentPassword: string, newPassword: string): Promise<AuthResult> {
    const account = await this.accounts.findById(accountId);
    if (!account) throw unauthenticated();
    if (!(await this.accounts.verifyPassword(accountId, currentPassword))) {
      throw badUserInput('currentPassword', 'Nåværende passord er feil.');
    }
    this.accounts.checkPassword(newPassword, 'newPassword', account);
    await this.accounts.setPassword(accountId, newPassword);
    this.mail.sendInBackground(accountMail.passwordChanged(account.email));
    const updated = await this.accounts.findById(accountId);
    return this.startSession(updated!);
  }

  private link(path: string, token: string): string {
    return `${this.env.PUBLIC_URL.replace(/\/+$/, '')}/${path}?token=${encodeURIComponent(token)}`;
  }
}
