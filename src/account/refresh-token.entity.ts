import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Account } from './account.entity';
import { BaseEntity } from '../database/base.entity';

/**
 * A refresh token, stored as a SHA-256 hash. Each use replaces it by a new one of the
 * same family; presenting a used token again revokes the whole family (theft detection).
 */
@Entity('refresh_token')
@Index('IDX_refresh_token_account', ['accountId'])
@Index('IDX_refresh_token_family', ['familyId'])
export class RefreshToken extends BaseEntity {
  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'text', unique: true })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
