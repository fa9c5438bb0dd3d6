import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { Researcher } from '../researcher/researcher.entity';
import { PublicationSource } from './publication-source.enum';

/**
 * A profile's record in a registry, linked by the owner's first import from it: what the
 * weekly re-read asks for, the validators for a conditional request, and the works already
 * seen, so only works that appear later become suggestions.
 */
@Entity('registry_link')
@Index('UQ_registry_link_researcher_source', ['researcherId', 'source'], { unique: true })
@Index('IDX_registry_link_checked', ['checkedAt'])
export class RegistryLink extends BaseEntity {
  @Column({ type: 'uuid' })
  researcherId: string;

  @ManyToOne(() => Researcher, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'researcher_id' })
  researcher?: Researcher;

  @Column({ type: 'enum', enum: PublicationSource, enumName: 'publication_source' })
  source: PublicationSource;

  /** ORCID iD or Cristin person id, as imported from. */
  @Column({ type: 'text' })
  identifier: string;

  @Column({ type: 'text', nullable: true })
  etag: string | null;

  @Column({ type: 'text', nullable: true })
  lastModified: string | null;

  @Column({ type: 'timestamptz' })
  checkedAt: Date;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  knownKeys: string[];
}
