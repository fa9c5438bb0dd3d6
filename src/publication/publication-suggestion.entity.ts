import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { Researcher } from '../researcher/researcher.entity';
import { PublicationSource } from './publication-source.enum';

/** A work that appeared in a linked registry record since the last look ("Nytt fra ORCID"); never shown unasked. */
@Entity('publication_suggestion')
@Index('UQ_publication_suggestion_key', ['researcherId', 'source', 'externalKey'], { unique: true })
export class PublicationSuggestion extends BaseEntity {
  @Column({ type: 'uuid' })
  researcherId: string;

  @ManyToOne(() => Researcher, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'researcher_id' })
  researcher?: Researcher;

  @Column({ type: 'enum', enum: PublicationSource, enumName: 'publication_source' })
  source: PublicationSource;

  @Column({ type: 'text' })
  externalKey: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'int', nullable: true })
  year: number | null;

  @Column({ type: 'text', nullable: true })
  venue: string | null;

  @Column({ type: 'text', nullable: true })
  doi: string | null;

  /** Set when the owner waved it away; kept so it is not suggested again. */
  @Column({ type: 'timestamptz', nullable: true })
  dismissedAt: Date | null;
}
