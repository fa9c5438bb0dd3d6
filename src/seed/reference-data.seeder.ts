import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { slugify } from '../common/text/slugify';
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

  // Missing means never there: a name that editors renamed (kept as an alias), merged away
  // (its row stays as a redirect) or whose slug they use is left as they left it.
  const insertedOrganizations: typeof ORGANIZATIONS = [];
  for (const org of ORGANIZATIONS) {
    const rows: unknown[] = await tx.query(
      `INSERT INTO organization (name, short_name, kind, region, slug)
       SELECT $1, $2, $3, $4, $5
        WHERE NOT EXISTS (SELECT 1 FROM organization WHERE lower($1) = ANY(SELECT lower(a) FROM unnest(aliases) AS a))
       ON CONFLICT DO NOTHING RETURNING id`,
      [org.name, org.shortName ?? null, org.kind, org.region, slugify(org.name) || 'organisasjon'],
    );
    count(rows);
    if (rows.length > 0) insertedOrganizations.push(org);
  }
  // Parents after all rows exist; only for rows inserted now, so an editor's choice stands.
  for (const org of insertedOrganizations.filter((o) => o.parent)) {
    await tx.query(
      `UPDATE organization SET parent_id = (SELECT id FROM organization WHERE name = $2) WHERE name = $1`,
      [org.name, org.parent],
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
     VALUES ($1, $2, $3, (SELECT coalesce(merged_into_id, id) FROM competence_area WHERE slug = $4), $5)
     ON CONFLICT (slug) DO NOTHING RETURNING id`,
    [slug, name, nameEn, parentSlug, position],
  );
}
