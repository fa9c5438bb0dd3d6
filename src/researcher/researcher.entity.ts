import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, OneToOne, VersionColumn } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { AcademicDegree } from '../common/enums/academic-degree.enum';
import { ALL_CONTACT_PURPOSES, ContactPurpose } from '../common/enums/contact-purpose.enum';
import { SpeakerFormat } from '../common/enums/speaker-format.enum';
import { HealthRegion } from '../common/enums/health-region.enum';
import { ProfileStatus } from '../common/enums/profile-status.enum';
import { Visibility } from '../common/enums/visibility.enum';
import { Account } from '../account/account.entity';
import { CompetenceArea } from '../competence-area/competence-area.entity';
import { Organization } from '../organization/organization.entity';

/** A profile in the directory. Demo and imported profiles may have no account. */
@Entity('researcher')
@Index('IDX_researcher_status', ['status'])
@Index('IDX_researcher_organization', ['organizationId'])
export class Researcher extends BaseEntity {
  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'uuid', nullable: true })
  accountId: string | null;

  // Erasing an account erases its profile (and, through it, memberships).
  @OneToOne(() => Account, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'account_id' })
  account?: Account | null;

  @Column({ type: 'text', default: '' })
  givenName: string;

  @Column({ type: 'text', default: '' })
  familyName: string;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Column({ type: 'enum', enum: AcademicDegree, enumName: 'academic_degree', nullable: true })
  degree: AcademicDegree | null;

  @Column({ type: 'text', nullable: true, unique: true })
  orcid: string | null;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization | null;

  @Column({ type: 'enum', enum: HealthRegion, enumName: 'health_region', nullable: true })
  region: HealthRegion | null;

  @Column({ type: 'text', nullable: true })
  bio: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  keywords: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @ManyToMany(() => CompetenceArea)
  @JoinTable({
    name: 'researcher_competence_area',
    joinColumn: { name: 'researcher_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'competence_area_id', referencedColumnName: 'id' },
  })
  competenceAreas?: CompetenceArea[];

  @Column({ type: 'boolean', default: false })
  availableAsSpeaker: boolean;

  @Column({ type: 'boolean', default: false })
  availableForMedia: boolean;

  /** What she can comment on for the media: short phrases, ranked high in search. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  mediaTopics: string[];

  /** "Available for media now" until this moment; it lapses by itself. */
  @Column({ type: 'timestamptz', nullable: true })
  mediaAvailableUntil: Date | null;

  /** Talk titles. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  speakerTopics: string[];

  @Column({ type: 'enum', enum: SpeakerFormat, enumName: 'speaker_format', array: true, default: () => "'{}'" })
  speakerFormats: SpeakerFormat[];

  /** Health regions she travels to for talks and courses. */
  @Column({ type: 'enum', enum: HealthRegion, enumName: 'health_region', array: true, default: () => "'{}'" })
  travelRegions: HealthRegion[];

  @Column({ type: 'boolean', default: false })
  courseLeader: boolean;

  /** Whether people may write through the contact relay (published profiles with an account only). */
  @Column({ type: 'boolean', default: true })
  acceptsMessages: boolean;

  @Column({
    type: 'enum',
    enum: ContactPurpose,
    enumName: 'contact_purpose',
    array: true,
    default: () => `'{${ALL_CONTACT_PURPOSES.join(',')}}'`,
  })
  acceptedContactPurposes: ContactPurpose[];

  /** Consent to newsletters and mail from the networks the person belongs to. */
  @Column({ type: 'boolean', default: false })
  acceptsNetworkMail: boolean;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'enum', enum: Visibility, enumName: 'visibility', default: Visibility.REGISTERED })
  emailVisibility: Visibility;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'enum', enum: Visibility, enumName: 'visibility', default: Visibility.PRIVATE })
  phoneVisibility: Visibility;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  /** Who sees the portrait (the picture itself is a ProfilePhoto). */
  @Column({ type: 'enum', enum: Visibility, enumName: 'visibility', default: Visibility.PUBLIC })
  photoVisibility: Visibility;

  @Column({ type: 'enum', enum: ProfileStatus, enumName: 'profile_status', default: ProfileStatus.DRAFT })
  status: ProfileStatus;

  /** The editors' note on the last review decision, shown to the owner. */
  @Column({ type: 'text', nullable: true })
  reviewNote: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** When the owner last confirmed the profile is current. */
  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @VersionColumn({ default: 1 })
  version: number;

  get fullName(): string {
    return `${this.givenName} ${this.familyName}`.trim();
  }
}
