import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { Newsletter } from './newsletter.entity';

/** One recipient of a newsletter (its mail is a durable job keyed by newsletter and address); the unique address makes "each once" a database rule. */
@Entity('newsletter_delivery')
@Index('UQ_newsletter_delivery_address', ['newsletterId', 'email'], { unique: true })
export class NewsletterDelivery extends BaseEntity {
  @Column({ type: 'uuid' })
  newsletterId: string;

  @ManyToOne(() => Newsletter, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'newsletter_id' })
  newsletter?: Newsletter;

  /** Lower-cased. */
  @Column({ type: 'text' })
  email: string;
}
