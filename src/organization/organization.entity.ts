import { Column, Entity } from 'typeorm';
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
}
