import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The search documents are kept current by database triggers on researcher, its competence
 * areas, memberships, organisations and the taxonomy, so callers normally need nothing here.
 * These are for repairs and bulk jobs: rebuild some documents, or all of them. Like the
 * triggers, they note the documents, which are rebuilt once when the transaction commits.
 */
@Injectable()
export class SearchIndexService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async refresh(researcherIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (researcherIds.length === 0) return;
    await manager.query(`SELECT public.search_enqueue($1::uuid[])`, [researcherIds]);
  }

  async refreshAll(manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`SELECT public.search_enqueue(ARRAY(SELECT id FROM public.researcher))`);
  }
}
