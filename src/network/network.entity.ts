import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../database/base.entity';

@Entity('network')
export class Network extends BaseEntity {
  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', default: '' })
  criteria: string;

  @Column({ type: 'boolean', default: true })
  applicationsOpen: boolean;

  /** Applications must state degree and research experience (the researcher network). */
  @Column({ type: 'boolean', default: false })
  asksResearchBackground: boolean;

  /** Members represent health regions, one each (Dialogforum): the network page shows regions without one. */
  @Column({ type: 'boolean', default: false })
  representsRegions: boolean;

  /** Archived networks leave lists and search facets; their history and page stay. */
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
