import { Column, Entity, JoinColumn, OneToOne } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { Researcher } from '../researcher/researcher.entity';

/**
 * A profile's current portrait. Only the re-encoded variants are stored (see photo-renderer.ts);
 * `hash` names them, so a new portrait gets new URLs and old ones can be cached for ever.
 */
@Entity('profile_photo')
export class ProfilePhoto extends BaseEntity {
  // One portrait per profile: the one-to-one join column is unique.
  @Column({ type: 'uuid' })
  researcherId: string;

  // Erasing a profile erases its portrait row; the files are removed by PhotoService.
  @OneToOne(() => Researcher, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'researcher_id' })
  researcher?: Researcher;

  @Column({ type: 'text', unique: true })
  hash: string;

  @Column({ type: 'int' })
  sourceWidth: number;

  @Column({ type: 'int' })
  sourceHeight: number;
}
