import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { Researcher } from '../researcher/researcher.entity';
import { PublicationSource } from './publication-source.enum';

/** A publication on a profile: typed by the owner or imported from ORCID or NVA. */
@Entity('publication')
@Index('IDX_publication_researcher', ['researcherId', 'position'])
// One import of each registry work per profile; hand-typed ones have no key.
@Index('UQ_publication_external_key', ['researcherId', 'source', 'externalKey'], {
  unique: true,
  where: 'external_key IS NOT NULL',
})
export class Publication extends BaseEntity {
  @Column({ type: 'uuid' })
  researcherId: string;

  // Erasing a profile erases its publications.
  @ManyToOne(() => Researcher, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'researcher_id' })
  researcher?: Researcher;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'int', nullable: true })
  year: number | null;

  @Column({ type: 'text', nullable: true })
  venue: string | null;

  /** Bare and lower-cased ("10.1234/abc"). */
  @Column({ type: 'text', nullable: true })
  doi: string | null;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Column({ type: 'enum', enum: PublicationSource, enumName: 'publication_source' })
  source: PublicationSource;

  /** The registry's id of the work (ORCID put-code, NVA identifier); null for MANUAL. */
  @Column({ type: 'text', nullable: true })
  externalKey: string | null;

  /** Chosen by the owner for the public profile (at most ten). */
  @Column({ type: 'boolean', default: false })
  shown: boolean;

  /** The owner's order; 0 until they order, so the newest come first. */
  @Column({ type: 'int', default: 0 })
  position: number;
}
