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
}
