import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';

/**
 * Two ways of saying the same thing in the field (KOLS ↔ kronisk obstruktiv lungesykdom).
 * A search for either also finds the other; the rows are editable data, read through the
 * `search_synonym_rule` view at query time, so a change applies to the next search.
 */
@Entity('search_synonym')
@Index('UQ_search_synonym_pair', ['term', 'synonym'], { unique: true })
export class SearchSynonym extends BaseEntity {
  @Column({ type: 'text' })
  term: string;

  @Column({ type: 'text' })
  synonym: string;
}
