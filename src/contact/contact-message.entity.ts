import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Account } from '../account/account.entity';
import { ContactPurpose } from '../common/enums/contact-purpose.enum';
import { BaseEntity } from '../database/base.entity';
import { Researcher } from '../researcher/researcher.entity';

export enum ContactMessageState {
  /** Waiting for the sender to follow the link in the confirmation mail. */
  AWAITING_CONFIRMATION = 'AWAITING_CONFIRMATION',
  /** In the researcher's mailbox and list. */
  DELIVERED = 'DELIVERED',
  /**
   * From a sender the researcher (or an editor) blocked: the sender is answered exactly as
   * if it went through, but it is never delivered nor listed.
   */
  WITHHELD = 'WITHHELD',
}

/** A message written to a researcher through the site. Deleted 180 days after it came. */
@Entity('contact_message')
@Index('IDX_contact_message_recipient', ['researcherId', 'state', 'createdAt'])
@Index('IDX_contact_message_sender', ['senderEmail', 'createdAt'])
@Index('IDX_contact_message_created', ['createdAt'])
export class ContactMessage extends BaseEntity {
  @Column({ type: 'uuid' })
  researcherId: string;

  // Erasing the researcher's profile erases what was written to her.
  @ManyToOne(() => Researcher, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'researcher_id' })
  researcher?: Researcher;

  @Column({ type: 'text' })
  senderName: string;

  /** Lower-cased. */
  @Column({ type: 'text' })
  senderEmail: string;

  @Column({ type: 'text', nullable: true })
  senderOrganization: string | null;

  /** The signed-in account that wrote, if any. */
  @Column({ type: 'uuid', nullable: true })
  senderAccountId: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'sender_account_id' })
  senderAccount?: Account | null;

  @Column({ type: 'enum', enum: ContactPurpose, enumName: 'contact_purpose' })
  purpose: ContactPurpose;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  message: string;

  @Column({ type: 'timestamptz', nullable: true })
  deadline: Date | null;

  @Column({ type: 'enum', enum: ContactMessageState, enumName: 'contact_message_state' })
  state: ContactMessageState;

  /** SHA-256 of the confirmation link's token while one is outstanding. */
  @Column({ type: 'text', nullable: true, unique: true })
  confirmTokenHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmExpiresAt: Date | null;

  /** When it reached the researcher (or would have, when withheld). */
  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;
}
