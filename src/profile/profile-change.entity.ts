import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from '../account/account.entity';
import { Researcher } from '../researcher/researcher.entity';

export enum ProfileChangeAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  SUBMITTED = 'SUBMITTED',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
  HIDDEN = 'HIDDEN',
  CONFIRMED = 'CONFIRMED',
}

export type FieldValue = string | number | boolean | string[] | null;

export interface FieldChange {
  field: string;
  old: FieldValue;
  new: FieldValue;
}

/** One entry in a profile's history: who did what, when, and which fields changed from what to what. */
@Entity('profile_change')
@Index('IDX_profile_change_researcher', ['researcherId', 'createdAt'])
export class ProfileChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'uuid' })
  researcherId: string;

  // History is part of the profile: erasing the profile erases it.
  @ManyToOne(() => Researcher, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'researcher_id' })
  researcher?: Researcher;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  // An editor who is later erased leaves their decisions behind, anonymised.
  @ManyToOne(() => Account, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actor_id' })
  actor?: Account | null;

  @Column({ type: 'enum', enum: ProfileChangeAction, enumName: 'profile_change_action' })
  action: ProfileChangeAction;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  changes: FieldChange[];

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
