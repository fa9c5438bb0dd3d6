import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { Network } from './network.entity';

/**
 * An address's standing with one network's newsletter: asked (not yet confirmed), confirmed,
 * or unsubscribed. A member who unsubscribes gets a row too, so one row per address and
 * network answers "may this address get this newsletter".
 */
@Entity('network_news_subscription')
@Index('UQ_network_news_subscription_address', ['networkId', 'email'], { unique: true })
export class NetworkNewsSubscription extends BaseEntity {
  @Column({ type: 'uuid' })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: Network;

  /** Lower-cased. */
  @Column({ type: 'text' })
  email: string;

  /** SHA-256 of the confirmation link's token, until it is used. */
  @Column({ type: 'text', nullable: true })
  confirmTokenHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmTokenExpiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  unsubscribedAt: Date | null;
}
