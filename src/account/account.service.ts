import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { Role } from '../common/enums/role.enum';
import { badUserInput } from '../common/errors/app-errors';
import { isUniqueViolation } from '../common/errors/database-errors';
import { AuditAction } from '../audit/audit-action';
import { type AuditActor, AuditService } from '../audit/audit.service';
import { Account } from './account.entity';
import { PasswordPolicy } from './password-policy';
import { PasswordService } from './password.service';
import { RefreshTokenService } from './refresh-token.service';

export interface NewAccount {
  email: string;
  password: string;
  givenName?: string;
  familyName?: string;
  role?: Role;
}

/** A new account with its password checked and hashed, ready to insert. */
export interface PreparedAccount {
  email: string;
  passwordHash: string;
  role: Role;
  /** For the profile the account gets; the password policy checks the password against them. */
  givenName: string;
  familyName: string;
}

/** The identity and role the guard needs on every request. */
export interface AccountAuthState {
  id: string;
  role: Role;
  tokenVersion: number;
  disabledAt: Date | null;
  /** The session the access token belongs to has not been signed out or expired. */
  sessionLive: boolean;
}

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

@Injectable()
export class AccountService {
  constructor(
    @InjectRepository(Account) private readonly accounts: Repository<Account>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly policy: PasswordPolicy,
    private readonly refreshTokens: RefreshTokenService,
    private readonly audit: AuditService,
  ) {}

  findById(id: string): Promise<Account | null> {
    return this.accounts.findOneBy({ id });
  }

  findByEmail(email: string): Promise<Account | null> {
    return this.accounts
      .createQueryBuilder('a')
      .where('lower(a.email) = :email', { email: normalizeEmail(email) })
      .getOne();
  }

  /**
   * The account's state and whether the session (a refresh-token family) named by an access
   * token is still signed in: not logged out, not revoked for reuse, not past its last token's
   * expiry. One statement, as it runs on every signed-in request.
   */
  async findAuthState(id: string, sessionId: string): Promise<AccountAuthState | null> {
    const rows: Array<{ id: string; role: Role; token_version: number; disabled_at: Date | null; session_live: boolean }> =
      await this.dataSource.query(
        `SELECT a.id, a.role, a.token_version, a.disabled_at,
                EXISTS (SELECT 1 FROM refresh_token t
                         WHERE t.family_id = $2 AND t.account_id = a.id AND t.revoked_at IS NULL AND t.expires_at > now()) AS session_live
           FROM account a WHERE a.id = $1`,
        [id, sessionId],
      );
    const row = rows[0];
    return row
      ? { id: row.id, role: row.role, tokenVersion: row.token_version, disabledAt: row.disabled_at, sessionLive: row.session_live }
      : null;
  }

  /**
   * Checks and hashes a new account's password and normalises its address; the profile domain
   * then inserts it (with its empty profile) in one transaction through {@link insert}.
   * `passwordHash` lets callers that already hashed (e.g. a batch) skip re-hashing.
   */
  async prepare(input: NewAccount, options: { passwordHash?: string; checked?: boolean } = {}): Promise<PreparedAccount> {
    const email = normalizeEmail(input.email);
    const givenName = (input.givenName ?? '').trim();
    const familyName = (input.familyName ?? '').trim();
    if (!options.checked) this.policy.check(input.password, 'password', [email, givenName, familyName]);
    const passwordHash = options.passwordHash ?? (await this.passwords.hash(input.password));
    return { email, passwordHash, role: input.role ?? Role.RESEARCHER, givenName, familyName };
  }

  /** Inserts a prepared account inside the caller's transaction; a taken address is BAD_USER_INPUT. */
  async insert(tx: EntityManager, fields: PreparedAccount): Promise<Account> {
    const repo = tx.getRepository(Account);
    try {
      return await repo.save(repo.create({ email: fields.email, passwordHash: fields.passwordHash, role: fields.role }));
    } catch (err) {
      if (isUniqueViolation(err, 'UQ_account_email_lower')) {
        throw badUserInput('email', 'Det finnes allerede en konto med denne e-postadressen.');
      }
      throw err;
    }
  }

  /** Verifies a password; the same cost and the same `null` whether the address is unknown or the password wrong. */
  async authenticate(email: string, password: string): Promise<Account | null> {
    const account = typeof email === 'string' && email.length <= 320 ? await this.findByEmail(email) : null;
    const ok = await this.passwords.verify(account?.passwordHash, typeof password === 'string' ? password : '');
    if (!account || !ok || account.disabledAt) return null;
    if (this.passwords.needsRehash(account.passwordHash)) {
      await this.accounts.update(account.id, { passwordHash: await this.passwords.hash(password) });
    }
    return account;
  }

  /** Sets a new password (already checked against the policy) and ends every session. */
  async setPassword(accountId: string, password: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const passwordHash = await this.passwords.hash(password);
    await manager.query(
      `UPDATE account SET password_hash = $2, token_version = token_version + 1, updated_at = now() WHERE id = $1`,
      [accountId, passwordHash],
    );
    await this.refreshTokens.revokeAll(accountId, manager);
  }

  /** Ends every session of the account at once, access tokens included. */
  async endAllSessions(accountId: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`UPDATE account SET token_version = token_version + 1, updated_at = now() WHERE id = $1`, [accountId]);
      await this.refreshTokens.revokeAll(accountId, tx);
    });
  }

  /** Which of these accounts have confirmed their login address (one statement, for a DataLoader). */
  async confirmedAddressIds(ids: readonly string[]): Promise<Set<string>> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM account WHERE id = ANY($1::uuid[]) AND email_verified_at IS NOT NULL`,
      [[...ids]],
    );
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Refuses what would let others mail an address nobody has confirmed (reviews, network
   * applications): the person must first follow the link in the confirmation mail.
   */
  async requireVerifiedEmail(accountId: string, action: string): Promise<void> {
    const account = await this.findById(accountId);
    if (!account?.emailVerifiedAt) {
      throw badUserInput(
        'emailVerified',
        `Bekreft e-postadressen din før du ${action}. Følg lenken i e-posten vi sendte, eller be om en ny fra Min profil.`,
      );
    }
  }

  async verifyPassword(accountId: string, password: string): Promise<boolean> {
    const account = await this.findById(accountId);
    return !!account && (await this.passwords.verify(account.passwordHash, password));
  }

  checkPassword(password: unknown, field: string, account: { email: string }, names: string[] = []): string {
    return this.policy.check(password, field, [account.email, ...names]);
  }

  async markEmailVerified(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `UPDATE account SET email_verified_at = coalesce(email_verified_at, now()), updated_at = now() WHERE id = $1`,
      [accountId],
    );
  }

  /** Changes an account's role or disables it; takes effect on the account's next request. */
  /**
   * Changes an account's role; a new role ends the account's access tokens at once (their
   * generation no longer matches). An admin's change is logged with it.
   */
  async setRole(accountId: string, role: Role, actor: AuditActor | null = null): Promise<Account> {
    await this.dataSource.transaction(async (tx) => {
      const before = await tx.findOneByOrFail(Account, { id: accountId });
      if (before.role === role) return;
      await tx.query(`UPDATE account SET role = $2, token_version = token_version + 1, updated_at = now() WHERE id = $1`, [
        accountId,
        role,
      ]);
      await this.audit.record(tx, {
        actor,
        action: AuditAction.ACCOUNT_ROLE_CHANGED,
        targetType: 'Account',
        targetId: accountId,
        before: { role: before.role },
        after: { role },
      });
    });
    return this.accounts.findOneByOrFail({ id: accountId });
  }

  /** Disabling ends every session at once: access tokens are refused on the next request, refresh tokens revoked. */
  async setDisabled(accountId: string, disabled: boolean, actor: AuditActor | null = null): Promise<Account> {
    await this.dataSource.transaction(async (tx) => {
      const before = await tx.findOneByOrFail(Account, { id: accountId });
      await tx.query(
        `UPDATE account SET disabled_at = CASE WHEN $2 THEN coalesce(disabled_at, now()) ELSE NULL END, updated_at = now() WHERE id = $1`,
        [accountId, disabled],
      );
      if (disabled) await this.refreshTokens.revokeAll(accountId, tx);
      if (!!before.disabledAt !== disabled) {
        await this.audit.record(tx, {
          actor,
          action: disabled ? AuditAction.ACCOUNT_DISABLED : AuditAction.ACCOUNT_ENABLED,
          targetType: 'Account',
          targetId: accountId,
          before: { disabled: !!before.disabledAt },
          after: { disabled },
        });
      }
    });
    return this.accounts.findOneByOrFail({ id: accountId });
  }

  /** Erasure: the account row itself, last, once everything referring to it is gone. */
  async delete(accountId: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM account WHERE id = $1`, [accountId]);
  }
}
