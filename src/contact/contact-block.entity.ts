import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Account } from '../account/account.entity';
import { BaseEntity } from '../database/base.entity';
import { Researcher } from '../researcher/researcher.entity';

/**
 * A sender address blocked by one researcher, or (no researcher) by the editors for everyone.
 * Blocked messages are withheld without the sender being told.
 */
@Entity('contact_block')
@Index('UQ_contact_block_researcher_sender', ['researcherId', 'senderEmail'], { unique: true, where: '"researcher_id" IS NOT NULL' })
@Index('UQ_contact_block_global_sender', ['senderEmail'], { unique: true, where: '"researcher_id" IS NULL' })
export class ContactBlock extends BaseEntity {
  /** Null: blocked for everyone (by an editor). */
  @Column({ type: 'uuid', nullable: true })
  researcherId: string | null;

  @ManyToOne(() => Researcher, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'researcher_id' })
  researcher?: Researcher | null;

  /** Lower-cased. */
  @Column({ type: 'text' })
  senderEmail: string;

  @Column({ type: 'uuid', nullable: true })
  blockedById: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'blocked_by_id' })
  blockedBy?: Account | null;
}
