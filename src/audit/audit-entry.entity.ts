import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditValue = string | number | boolean | null | AuditValue[] | { [key: string]: AuditValue };
/** The recorded state of the thing, before or after: the fields the action touched. */
export type AuditState = { [key: string]: AuditValue };

/**
 * One line of the append-only audit log: who did what to which thing, when, and the state
 * before and after. Written in the same transaction as the change it records (so a change
 * that fails leaves no line), and never updated or deleted (a trigger refuses both).
 *
 * The actor is a plain id, not a relation: the log sits below the account domain, and a line
 * outlives an erased account (it then names no one).
 */
@Entity('audit_entry')
@Index('IDX_audit_entry_actor', ['actorId', 'id'])
@Index('IDX_audit_entry_action', ['action', 'id'])
@Index('IDX_audit_entry_target', ['targetId', 'id'])
export class AuditEntry {
  // A sequence rather than a uuid: lines of one transaction share a timestamp, and the log
  // must still read in the order things happened.
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  /** The actor's role when acting (a role changes; the log says what it was then). */
  @Column({ type: 'text', nullable: true })
  actorRole: string | null;

  @Column({ type: 'text' })
  action: string;

  /** What kind of thing changed: Researcher, Account, CompetenceArea, Organization, ... */
  @Column({ type: 'text' })
  targetType: string;

  @Column({ type: 'text', nullable: true })
  targetId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: AuditState | null;

  @Column({ type: 'jsonb', nullable: true })
  after: AuditState | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
