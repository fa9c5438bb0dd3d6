import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { mutateReturning } from '../database/sql';
import { OneTimeTokenPurpose } from './one-time-token.entity';
import { hashToken, randomToken } from './token-hash';

export const ONE_TIME_TOKEN_TTL_MINUTES: Record<OneTimeTokenPurpose, number> = {
  [OneTimeTokenPurpose.VERIFY_EMAIL]: 48 * 60,
  [OneTimeTokenPurpose.RESET_PASSWORD]: 60,
};

/** Tokens sent in mail links: stored hashed, expiring, good for one use. */
@Injectable()
export class OneTimeTokenService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A new token; earlier unused ones for the same purpose stop working, so only the latest link counts. */
  async create(accountId: string, purpose: OneTimeTokenPurpose): Promise<string> {
    const token = randomToken();
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `UPDATE one_time_token SET used_at = now() WHERE account_id = $1 AND purpose = $2 AND used_at IS NULL`,
        [accountId, purpose],
      );
      await tx.query(
        `INSERT INTO one_time_token (account_id, purpose, token_hash, expires_at)
         VALUES ($1, $2, $3, now() + make_interval(mins => $4))`,
        [accountId, purpose, hashToken(token), ONE_TIME_TOKEN_TTL_MINUTES[purpose]],
      );
    });
    return token;
  }

  /** The account a still-valid token belongs to, without using it up. */
  async peek(token: string, purpose: OneTimeTokenPurpose): Promise<string | null> {
    if (!isPlausible(token)) return null;
    const rows: Array<{ account_id: string }> = await this.dataSource.query(
      `SELECT account_id FROM one_time_token
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()`,
      [hashToken(token), purpose],
    );
    return rows[0]?.account_id ?? null;
  }

  /** Uses the token up in one conditional UPDATE; null when it was unknown, used or expired. */
  async consume(token: string, purpose: OneTimeTokenPurpose, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    if (!isPlausible(token)) return null;
    const rows = await mutateReturning<{ account_id: string }>(
      manager,
      `UPDATE one_time_token SET used_at = now(), updated_at = now()
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING account_id`,
      [hashToken(token), purpose],
    );
    return rows[0]?.account_id ?? null;
  }

  /** Erasure: every mail link of the account, gone. */
  async deleteAll(accountId: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM one_time_token WHERE account_id = $1`, [accountId]);
  }
}

const isPlausible = (token: unknown): token is string =>
  typeof token === 'string' && token.length > 0 && token.length <= 200;
