import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { HealthRegion } from '../common/enums/health-region.enum';
import { OrganizationKind } from '../common/enums/organization-kind.enum';

@Entity('organization')
export class Organization extends BaseEntity {
  @Column({ type: 'text', unique: true })
  name: string;

  @Column({ type: 'text', nullable: true })
  shortName: string | null;

  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  kind: OrganizationKind;

  @Column({ type: 'enum', enum: HealthRegion, enumName: 'health_region', nullable: true })
  region: HealthRegion | null;

  /** For the organisation's page, /organisasjon/<slug>; kept when the organisation is renamed. */
  @Column({ type: 'text', unique: true })
  slug: string;

  /** Former and other names ("Høgskolen i Oslo og Akershus" for OsloMet); searches find them. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];

  /** The organisation this one is part of (an LMS under its health trust). */
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: Organization | null;

  /** Set when editors merged this organisation into another: it then only redirects there. */
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'merged_into_id' })
  mergedInto?: Organization | null;

  /** A researcher's proposal, not yet approved by an editor: shown on the proposer's profile only. */
  @Column({ type: 'boolean', default: false })
  pendingApproval: boolean;

  /** Who proposed it (a plain id: accounts sit beside organisations, and may be erased). */
  @Column({ type: 'uuid', nullable: true })
  proposedById: string | null;
}
