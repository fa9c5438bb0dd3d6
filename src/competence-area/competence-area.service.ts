import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Repository } from 'typeorm';
import { CompetenceArea } from './competence-area.entity';
import { findByIds } from '../database/by-ids';

@Injectable()
export class CompetenceAreaService {
  constructor(
    @InjectRepository(CompetenceArea) private readonly areas: Repository<CompetenceArea>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** In use only, unless `includeRetired`: then merged and retired areas too. */
  findAll(includeRetired = false): Promise<CompetenceArea[]> {
    return this.areas.find({
      where: includeRetired ? {} : { mergedIntoId: IsNull(), retiredAt: IsNull() },
      order: { position: 'ASC', name: 'ASC' },
    });
  }

  findByIds(ids: readonly string[]): Promise<CompetenceArea[]> {
    return findByIds(this.areas, ids);
  }

  findBySlugs(slugs: readonly string[]): Promise<CompetenceArea[]> {
    return this.areas.findBy({ slug: In([...slugs]) });
  }

  findChildrenOf(parentIds: readonly string[]): Promise<CompetenceArea[]> {
    return this.areas.find({
      where: { parentId: In([...parentIds]), mergedIntoId: IsNull(), retiredAt: IsNull() },
      order: { position: 'ASC', name: 'ASC' },
    });
  }

  /** The areas of many researchers in one query, keyed by researcher id. */
  async findByResearcherIds(researcherIds: readonly string[]): Promise<Map<string, CompetenceArea[]>> {
    const rows: Array<{ researcher_id: string } & Record<string, unknown>> = await this.dataSource.query(
      `SELECT rca.researcher_id, a.id, a.slug, a.name, a.name_en, a.parent_id, a.position,
              a.description, a.merged_into_id, a.retired_at
         FROM researcher_competence_area rca
         JOIN competence_area a ON a.id = rca.competence_area_id
        WHERE rca.researcher_id = ANY($1::uuid[])
        ORDER BY a.position, a.name`,
      [researcherIds],
    );
    const byResearcher = new Map<string, CompetenceArea[]>();
    for (const row of rows) {
      const area = this.areas.create({
        id: row.id as string,
        slug: row.slug as string,
        name: row.name as string,
        nameEn: row.name_en as string,
        parentId: (row.parent_id as string | null) ?? null,
        position: row.position as number,
        description: (row.description as string | null) ?? null,
        mergedIntoId: (row.merged_into_id as string | null) ?? null,
        retiredAt: (row.retired_at as Date | null) ?? null,
      });
      const list = byResearcher.get(row.researcher_id) ?? [];
      list.push(area);
      byResearcher.set(row.researcher_id, list);
    }
    return byResearcher;
  }
}
