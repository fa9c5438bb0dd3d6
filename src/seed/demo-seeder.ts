import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { MembershipStatus } from '../common/enums/membership.enum';
import { ProfileStatus } from '../common/enums/profile-status.enum';
import { HealthRegion } from '../common/enums/health-region.enum';
import { DemoContext, DemoResearcher, generateDemoResearchers } from './demo/demo-researcher.generator';

const BATCH_SIZE = 1000;
// Separates list items inside one text parameter: a control character no generated text contains.
const SEP = '\u001f';

export interface DemoSeedResult {
  inserted: number;
  memberships: number;
  milliseconds: number;
}

/**
 * Adds `count` fictional, published researchers in batched multi-row inserts (one statement per
 * table per 1,000 researchers). Indexes continue after the demo profiles already there, so
 * running it twice adds more people instead of colliding.
 */
export async function seedDemoResearchers(
  dataSource: DataSource,
  count: number,
  options: { seed?: number; onProgress?: (done: number) => void } = {},
): Promise<DemoSeedResult> {
  const started = Date.now();
  const ctx = await loadContext(dataSource);
  const [{ existing }] = await dataSource.query(`SELECT count(*)::int AS existing FROM researcher WHERE account_id IS NULL`);
  const areaIds = new Map<string, string>(
    (await dataSource.query(`SELECT slug, id FROM competence_area`)).map((r: { slug: string; id: string }) => [r.slug, r.id]),
  );
  const networkIds = new Map<string, string>(
    (await dataSource.query(`SELECT slug, id FROM network`)).map((r: { slug: string; id: string }) => [r.slug, r.id]),
  );

  let batch: DemoResearcher[] = [];
  let inserted = 0;
  let memberships = 0;
  const flush = async () => {
    memberships += await insertBatch(dataSource, batch, areaIds, networkIds);
    inserted += batch.length;
    batch = [];
    options.onProgress?.(inserted);
  };
  for (const researcher of generateDemoResearchers(count, ctx, { seed: options.seed, startIndex: existing })) {
    batch.push(researcher);
    if (batch.length === BATCH_SIZE) await flush();
  }
  if (batch.length > 0) await flush();
  return { inserted, memberships, milliseconds: Date.now() - started };
}

async function loadContext(dataSource: DataSource): Promise<DemoContext> {
  const organizations: { id: string; region: HealthRegion | null }[] = await dataSource.query(
    `SELECT id, region FROM organization ORDER BY name`,
  );
  const areaSlugs = (await dataSource.query(`SELECT slug FROM competence_area ORDER BY position, slug`)).map(
    (r: { slug: string }) => r.slug,
  );
  const networkSlugs = (await dataSource.query(`SELECT slug FROM network ORDER BY slug`)).map((r: { slug: string }) => r.slug);
  return { organizations, areaSlugs, networkSlugs };
}

async function insertBatch(
  dataSource: DataSource,
  batch: DemoResearcher[],
  areaIds: Map<string, string>,
  networkIds: Map<string, string>,
): Promise<number> {
  const ids = batch.map(() => randomUUID());
  const areaPairs: [string, string][] = [];
  const membershipRows: [string, string, string][] = [];
  batch.forEach((r, i) => {
    for (const slug of r.areaSlugs) {
      const areaId = areaIds.get(slug);
      if (areaId) areaPairs.push([ids[i], areaId]);
    }
    for (const m of r.memberships) {
      const networkId = networkIds.get(m.networkSlug);
      if (networkId) membershipRows.push([ids[i], networkId, m.role]);
    }
  });

  await dataSource.transaction(async (tx) => {
    await insertResearchers(tx, batch, ids);
    if (areaPairs.length > 0) {
      await tx.query(
        `INSERT INTO researcher_competence_area (researcher_id, competence_area_id)
         SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
        [areaPairs.map((p) => p[0]), areaPairs.map((p) => p[1])],
      );
    }
    if (membershipRows.length > 0) {
      await tx.query(
        `INSERT INTO network_membership (researcher_id, network_id, role, status, started_on)
         SELECT r, n, role, $4::membership_status, current_date
           FROM unnest($1::uuid[], $2::uuid[], $3::membership_role[]) AS t(r, n, role)`,
        [membershipRows.map((m) => m[0]), membershipRows.map((m) => m[1]), membershipRows.map((m) => m[2]), MembershipStatus.ACTIVE],
      );
    }
  });
  return membershipRows.length;
}

/** One multi-row insert: a column array per field, unnested by PostgreSQL. */
async function insertResearchers(tx: EntityManager, batch: DemoResearcher[], ids: string[]): Promise<void> {
  const col = <T>(pick: (r: DemoResearcher) => T) => batch.map(pick);
  const now = new Date().toISOString();
  await tx.query(
    `INSERT INTO researcher (id, slug, given_name, family_name, title, degree, orcid, organization_id, region, bio,
                             keywords, languages, available_as_speaker, available_for_media, email, email_visibility,
                             phone, phone_visibility, website, status, published_at, confirmed_at)
     SELECT id, slug, given_name, family_name, title, degree, orcid, organization_id, region, bio,
            string_to_array(keywords, $20), string_to_array(languages, $20), speaker, media, email, email_visibility,
            phone, phone_visibility, website, $21::profile_status, $22::timestamptz, $22::timestamptz
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::academic_degree[], $7::text[],
                   $8::uuid[], $9::health_region[], $10::text[], $11::text[], $12::text[], $13::boolean[], $14::boolean[],
                   $15::text[], $16::visibility[], $17::text[], $18::visibility[], $19::text[])
         AS t(id, slug, given_name, family_name, title, degree, orcid, organization_id, region, bio, keywords, languages,
              speaker, media, email, email_visibility, phone, phone_visibility, website)`,
    [
      ids,
      col((r) => r.slug),
      col((r) => r.givenName),
      col((r) => r.familyName),
      col((r) => r.title),
      col((r) => r.degree),
      col((r) => r.orcid),
      col((r) => r.organizationId),
      col((r) => r.region),
      col((r) => r.bio),
      col((r) => r.keywords.join(SEP)),
      col((r) => r.languages.join(SEP)),
      col((r) => r.availableAsSpeaker),
      col((r) => r.availableForMedia),
      col((r) => r.email),
      col((r) => r.emailVisibility),
      col((r) => r.phone),
      col((r) => r.phoneVisibility),
      col((r) => r.website),
      SEP,
      ProfileStatus.PUBLISHED,
      now,
    ],
  );
}
