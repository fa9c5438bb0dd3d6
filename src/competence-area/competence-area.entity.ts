import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../database/base.entity';

/** A node of the two-level competence taxonomy, e.g. Helsepedagogikk › Gruppeledelse. */
@Entity('competence_area')
export class CompetenceArea extends BaseEntity {
  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  nameEn: string;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  // RESTRICT: removing a parent must be a deliberate editorial act, never a cascade.
  @ManyToOne(() => CompetenceArea, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: CompetenceArea | null;

  @Column({ type: 'int', default: 0 })
  position: number;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Set when editors merged this area into another: it then only redirects there. */
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => CompetenceArea, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'merged_into_id' })
  mergedInto?: CompetenceArea | null;

  /** Set when editors took the area out of use: gone from choices and facets, kept on profiles. */
  @Column({ type: 'timestamptz', nullable: true })
  retiredAt: Date | null;
}
