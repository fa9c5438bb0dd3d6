import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Account } from './account.entity';
import { BaseEntity } from '../database/base.entity';

export enum OneTimeTokenPurpose {
  VERIFY_EMAIL = 'VERIFY_EMAIL',
  RESET_PASSWORD = 'RESET_PASSWORD',
}

/** A link sent by mail (email verification, password reset): stored hashed, used once, expiring. */
@Entity('one_time_token')
@Index('IDX_one_time_token_account', ['accountId'])
export class OneTimeToken extends BaseEntity {
  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;

  @Column({ type: 'enum', enum: OneTimeTokenPurpose, enumName: 'one_time_token_purpose' })
  purpose: OneTimeTokenPurpose;

  @Column({ type: 'text', unique: true })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
