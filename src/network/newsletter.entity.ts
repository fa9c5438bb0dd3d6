import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { Account } from '../account/account.entity';
import { Network } from './network.entity';

@Entity('newsletter')
@Index('IDX_newsletter_network', ['networkId', 'createdAt'])
export class Newsletter extends BaseEntity {
  @Column({ type: 'uuid' })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: Network;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'uuid', nullable: true })
  sentById: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'sent_by_id' })
  sentBy?: Account | null;

  @Column({ type: 'integer', default: 0 })
  recipientCount: number;

  /** Signs this newsletter's unsubscribe links (HMAC); never leaves the server. */
  @Column({ type: 'text' })
  unsubscribeKey: string;
}
