import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { Network } from './network.entity';

/** A meeting of a network, with its agenda and, afterwards, its minutes. */
@Entity('network_event')
@Index('IDX_network_event_network_starts', ['networkId', 'startsAt'])
export class NetworkEvent extends BaseEntity {
  @Column({ type: 'uuid' })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: Network;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Column({ type: 'boolean', default: false })
  digital: boolean;

  @Column({ type: 'text', default: '' })
  agenda: string;

  @Column({ type: 'text', nullable: true })
  minutesText: string | null;

  @Column({ type: 'text', nullable: true })
  minutesUrl: string | null;
}
