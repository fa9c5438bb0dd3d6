import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { Brackets, EntityManager, Repository } from 'typeorm';
import { Organization } from './organization.entity';
import { findByIds } from '../database/by-ids';

@Injectable()
export class OrganizationService {
  constructor(@InjectRepository(Organization) private readonly organizations: Repository<Organization>) {}

  /**
   * The listed organisations (not merged ones, not proposals), optionally those whose name,
   * short name or an alias contains the query (accents ignored).
   */
  find(query?: string | null): Promise<Organization[]> {
    const q = query?.trim();
    const builder = this.organizations
      .createQueryBuilder('o')
      .where('o.mergedIntoId IS NULL AND NOT o.pendingApproval')
      .orderBy('o.name', 'ASC');
    if (q) {
      const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      builder.andWhere(
        new Brackets((w) =>
          w
            .where('unaccent(o.name) ILIKE unaccent(:pattern)', { pattern })
            .orWhere('unaccent(o.short_name) ILIKE unaccent(:pattern)', { pattern })
            .orWhere('EXISTS (SELECT 1 FROM unnest(o.aliases) AS alias WHERE unaccent(alias) ILIKE unaccent(:pattern))', { pattern }),
        ),
      );
    }
    return builder.getMany();
  }

  /** By slug or id, following a merge to the organisation it went into; proposals are not shown. */
  async findOne(by: { slug: string | null; id: string | null }): Promise<Organization | null> {
    const where = by.id ? (isUUID(by.id, 'loose') ? { id: by.id } : null) : by.slug ? { slug: by.slug.slice(0, 200) } : null;
    if (!where) return null;
    let organization = await this.organizations.findOneBy(where);
    if (organization?.mergedIntoId) organization = await this.organizations.findOneBy({ id: organization.mergedIntoId });
    return organization && !organization.pendingApproval ? organization : null;
  }

  /** Workplaces researchers have proposed, oldest first. */
  findProposed(): Promise<Organization[]> {
    return this.organizations.find({ where: { pendingApproval: true }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Erasure: proposals stay (others may work there), without the name of who proposed them. */
  async forgetProposer(manager: EntityManager, accountId: string): Promise<void> {
    await manager.query(`UPDATE organization SET proposed_by_id = NULL WHERE proposed_by_id = $1`, [accountId]);
  }

  findByIds(ids: readonly string[]): Promise<Organization[]> {
    return findByIds(this.organizations, ids);
  }

  async exists(id: string): Promise<boolean> {
    return this.organizations.existsBy({ id });
  }
}
