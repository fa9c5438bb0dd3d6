import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { COMPETENCE_AREAS } from './reference-data/competence-areas';
import { NETWORKS } from './reference-data/networks';
import { ORGANIZATIONS } from './reference-data/organizations';

/**
 * Inserts the reference data that is missing and leaves existing rows alone, so editors'
 * changes survive restarts and several instances may start at once.
 */
@Injectable()
export class ReferenceDataSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReferenceDataSeeder.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    const inserted = await this.dataSource.transaction((tx) => seedReferenceData(tx));
    if (inserted > 0) this.logger.log(`Reference data: inserted ${inserted} rows`);
  }
}

export async function seedReferenceData(tx: EntityManager): Promise<number> {
  let inserted = 0;
  const count = (result: unknown[]) => (inserted += result.length);

  for (const org of ORGANIZATIONS) {
    count(
      await tx.query(
        `INSERT INTO organization (name, short_name, kind, region) VALUES ($1, $2, $3, $4)
         ON CONFLICT (name) DO NOTHING RETURNING id`,
        [org.name, org.shortName ?? null, org.kind, org.region],
      ),
    );
  }

  for (const network of NETWORKS) {
    count(
      await tx.query(
        `INSERT INTO network (slug, name, description, criteria, applications_open, asks_research_background, represents_regions)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (slug) DO NOTHING RETURNING id`,
        [
          network.slug,
          network.name,
          network.description,
          network.criteria,
          network.applicationsOpen,
          network.asksResearchBackground ?? false,
          network.representsRegions ?? false,
        ],
      ),
    );
  }

  let position = 0;
  for (const top of COMPETENCE_AREAS) {
    count(await insertArea(tx, top.slug, top.name, top.nameEn, null, position++));
    for (const child of top.children ?? []) {
      count(await insertArea(tx, child.slug, child.name, child.nameEn, top.slug, position++));
    }
  }
  return inserted;
}

function insertArea(
  tx: EntityManager,
  slug: string,
  name: string,
  nameEn: string,
  parentSlug: string | null,
  position: number,
): Promise<unknown[]> {
  return tx.query(
    `INSERT INTO competence_area (slug, name, name_en, parent_id, position)
     VALUES ($1, $2, $3, (SELECT id FROM competence_area WHERE slug = $4), $5)
     ON CONFLICT (slug) DO NOTHING RETURNING id`,
    [slug, name, nameEn, parentSlug, position],
  );
}
