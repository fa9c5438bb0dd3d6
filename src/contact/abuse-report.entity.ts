import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Account } from '../account/account.entity';
import { ContactPurpose } from '../common/enums/contact-purpose.enum';
import { BaseEntity } from '../database/base.entity';
import { Researcher } from '../researcher/researcher.entity';
import { ContactMessage } from './contact-message.entity';

/**
 * A researcher's report that a message was abuse, for the editors. It keeps its own copy of
 * the message, so the evidence outlives the message's 180 days (and is deleted with the
 * reporting researcher's account).
 */
@Entity('contact_abuse_report')
@Index('IDX_contact_abuse_report_open', ['handledAt', 'createdAt'])
export class AbuseReport extends BaseEntity {
  @Column({ type: 'uuid', nullable: true })
  messageId: string | null;

  @ManyToOne(() => ContactMessage, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'message_id' })
  contactMessage?: ContactMessage | null;

  @Column({ type: 'uuid' })
  researcherId: string;

  @ManyToOne(() => Researcher, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'researcher_id' })
  researcher?: Researcher;

  @Column({ type: 'text' })
  senderName: string;

  @Column({ type: 'text' })
  senderEmail: string;

  @Column({ type: 'enum', enum: ContactPurpose, enumName: 'contact_purpose' })
  purpose: ContactPurpose;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  message: string;

  /** What the researcher says about it. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  handledAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  handledById: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'handled_by_id' })
  handledBy?: Account | null;
}
