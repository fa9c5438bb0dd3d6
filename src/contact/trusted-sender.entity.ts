import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A sender address confirmed by its owner: trusted for 30 days, so the next messages go straight through. */
@Entity('contact_trusted_sender')
export class TrustedSender {
  /** Lower-cased address. */
  @PrimaryColumn({ type: 'text' })
  email: string;

  @Column({ type: 'timestamptz' })
  confirmedAt: Date;

  @Column({ type: 'timestamptz' })
  trustedUntil: Date;
}
