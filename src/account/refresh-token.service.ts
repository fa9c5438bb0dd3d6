import { randomUUID } from 'node:crypto';
import { isUUID } from 'class-validator';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { mutateReturning } from '../database/sql';
import { unauthenticated } from '../common/errors/app-errors';
import { hashToken, randomToken } from './token-hash';

export const REFRESH_TOKEN_TTL_DAYS = 30;

const invalidRefreshToken = () => unauthenticated('Innloggingen er utløpt. Logg inn på nytt.');

/** The account a refresh token claims to belong to (its prefix), for per-account rate limits. */
export function refreshTokenAccountId(token: unknown): string | null {
  if (typeof token !== 'string') return null;
  const prefix = token.split('.')[0];
  return isUUID(prefix, 'loose') ? prefix.toLowerCase() : null;
}

/**
 * Rotating refresh tokens. The token is "<account id>.<random>"; only its hash is stored.
 * Each use marks it used and issues the next one in the same family; a used token shown
 * again means it was copied, so the whole family is revoked.
 */
@Injectable()
export class RefreshTokenService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async issue(accountId: string, familyId: string = randomUUID(), manager: EntityManager = this.dataSource.manager): Promise<string> {
    const token = `${accountId}.${randomToken()}`;
    await manager.query(
      `INSERT INTO refresh_token (account_id, family_id, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(days => $4))`,
      [accountId, familyId, hashToken(token), REFRESH_TOKEN_TTL_DAYS],
    );
    return token;
  }

  /** Uses up a refresh token and returns the account and the next token; refuses anything else. */
  async rotate(token: string): Promise<{ accountId: string; sessionId: string; refreshToken: string }> {
    if (!refreshTokenAccountId(token) || token.length > 200) throw invalidRefreshToken();
    const hash = hashToken(token);
    // One conditional UPDATE: of two concurrent uses of the same token, exactly one wins.
    const rows = await mutateReturning<{ account_id: string; family_id: string }>(
      this.dataSource.manager,
      `UPDATE refresh_token SET used_at = now(), updated_at = now()
        WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
        RETURNING account_id, family_id`,
      [hash],
    );
    const used = rows[0];
    if (!used) {
      await this.revokeFamilyOf(hash);
      throw invalidRefreshToken();
    }
    const account: Array<{ disabled_at: Date | null }> = await this.dataSource.query(
      `SELECT disabled_at FROM account WHERE id = $1`,
      [used.account_id],
    );
    if (!account[0] || account[0].disabled_at) throw invalidRefreshToken();
    return {
      accountId: used.account_id,
      sessionId: used.family_id,
      refreshToken: await this.issue(used.account_id, used.family_id),
    };
  }

  /** Signs one session out: the token's whole family stops working. Unknown tokens are ignored. */
  async revoke(token: string): Promise<void> {
    if (typeof token === 'string' && token.length <= 200) await this.revokeFamilyOf(hashToken(token));
  }

  async revokeAll(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`UPDATE refresh_token SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL`, [
      accountId,
    ]);
  }

  private async revokeFamilyOf(hash: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE refresh_token SET revoked_at = now(), updated_at = now()
        WHERE revoked_at IS NULL AND family_id = (SELECT family_id FROM refresh_token WHERE token_hash = $1)`,
      [hash],
    );
  }

  /** Erasure: every session of the account, gone. */
  async deleteAll(accountId: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM refresh_token WHERE account_id = $1`, [accountId]);
  }
}
