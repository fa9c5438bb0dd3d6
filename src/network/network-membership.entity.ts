import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { AcademicDegree } from '../common/enums/academic-degree.enum';
import { HealthRegion } from '../common/enums/health-region.enum';
import { MembershipRole, MembershipStatus } from '../common/enums/membership.enum';
import { Account } from '../account/account.entity';
import { Organization } from '../organization/organization.entity';
import { Researcher } from '../researcher/researcher.entity';
import { Network } from './network.entity';

@Entity('network_membership')
// One open (pending or active) membership per person and network; ended and declined ones are history.
@Index('UQ_network_membership_open', ['networkId', 'researcherId'], {
  unique: true,
  where: `"status" IN ('PENDING', 'ACTIVE')`,
})
@Index('IDX_network_membership_researcher', ['researcherId'])
@Index('IDX_network_membership_network_status', ['networkId', 'status'])
// A network's public member list, by name: a page is a range of this index (see memberFamilyName).
@Index('IDX_network_membership_public_by_name', ['networkId', 'memberFamilyName', 'memberGivenName', 'id'], {
  where: `"status" = 'ACTIVE' AND "member_published"`,
})
@Check('CHK_network_membership_dates', `"ended_on" IS NULL OR "started_on" IS NULL OR "ended_on" >= "started_on"`)
// A member represents a region or an organisation, never both.
@Check('CHK_network_membership_representing', `"representing_region" IS NULL OR "representing_organization_id" IS NULL`)
export class NetworkMembership extends BaseEntity {
  @Column({ type: 'uuid' })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: Network;

  @Column({ type: 'uuid' })
  researcherId: string;

  // Erasing a profile erases its memberships.
  @ManyToOne(() => Researcher, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'researcher_id' })
  researcher?: Researcher;

  @Column({ type: 'enum', enum: MembershipRole, enumName: 'membership_role', default: MembershipRole.MEMBER })
  role: MembershipRole;

  @Column({ type: 'enum', enum: MembershipStatus, enumName: 'membership_status', default: MembershipStatus.PENDING })
  status: MembershipStatus;

  @Column({ type: 'date', nullable: true })
  startedOn: string | null;

  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ type: 'enum', enum: HealthRegion, enumName: 'health_region', nullable: true })
  representingRegion: HealthRegion | null;

  @Column({ type: 'uuid', nullable: true })
  representingOrganizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'representing_organization_id' })
  representingOrganization?: Organization | null;

  @Column({ type: 'text', nullable: true })
  motivation: string | null;

  /** The degree the applicant stated, for networks that ask (the researcher network). */
  @Column({ type: 'enum', enum: AcademicDegree, enumName: 'academic_degree', nullable: true })
  applicantDegree: AcademicDegree | null;

  @Column({ type: 'text', nullable: true })
  researchExperience: string | null;

  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  // The decider's account may be erased later; the decision stays.
  @ManyToOne(() => Account, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: Account | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  endNote: string | null;

  @Column({ type: 'uuid', nullable: true })
  endedById: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'ended_by_id' })
  endedBy?: Account | null;

  /**
   * The member's names and whether the profile is published, copied from the researcher by
   * triggers (migration MemberListByName1796800000000), never written by the app: a network's
   * public members, in name order, are then one index range, however large the network.
   */
  @Column({ type: 'text', default: '', select: false, insert: false, update: false })
  memberFamilyName?: string;

  @Column({ type: 'text', default: '', select: false, insert: false, update: false })
  memberGivenName?: string;

  @Column({ type: 'boolean', default: false, select: false, insert: false, update: false })
  memberPublished?: boolean;
}
