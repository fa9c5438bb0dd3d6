import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Organization } from './organization.entity';
import { findByIds } from '../database/by-ids';

@Injectable()
export class OrganizationService {
  constructor(@InjectRepository(Organization) private readonly organizations: Repository<Organization>) {}

  /** Lists organisations, optionally those whose name or short name contains the query (accents ignored). */
  find(query?: string | null): Promise<Organization[]> {
    const q = query?.trim();
    const builder = this.organizations.createQueryBuilder('o').orderBy('o.name', 'ASC');
    if (q) {
      const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      builder.where('unaccent(o.name) ILIKE unaccent(:pattern) OR unaccent(o.short_name) ILIKE unaccent(:pattern)', {
        pattern,
      });
    }
    return builder.getMany();
  }

  findByIds(ids: readonly string[]): Promise<Organization[]> {
    return findByIds(this.organizations, ids);
  }

  async exists(id: string): Promise<boolean> {
    return this.organizations.existsBy({ id });
  }
}
