import { DataSource } from 'typeorm';
import { QUERY_MIX } from '../../bench/search-queries';
import { HealthRegion } from '../../src/common/enums/health-region.enum';
import { DatabaseEndpoint } from '../../src/database/database-endpoint';
import { Researcher } from '../../src/researcher/researcher.entity';
import { seedDemoResearchers } from '../../src/seed/demo-seeder';
import { SearchSql } from '../../src/search/search-sql';
import { computeStats, EXACT_COUNT_LIMIT, SearchService } from '../../src/search/search.service';
import { ResearcherOrder } from '../../src/search/types/researcher-order.enum';
import { createResearcher } from '../support/factories/researcher.factory';
import { createTestApp, TestApp } from '../support/test-app';

const DEMO_RESEARCHERS = 2000;

const PAGE = `
  query Page($query: String, $filter: ResearcherFilter, $first: Int, $after: String) {
    researchers(query: $query, filter: $filter, first: $first, after: $after) {
      totalCount totalCountIsExact
      edges { node { id } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

const REGIONS = `{ researchers(first: 0) { totalCount facets { regions { value count } } } }`;

interface Page {
  totalCount: number;
  totalCountIsExact: boolean;
  edges: { node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The bench mix, plus searches that exercise more of the ranking (several words, OR, a name prefix). */
const QUERIES = [
  ...QUERY_MIX.map((q) => ({ query: q.variables.query, filter: q.variables.filter })),
  { query: 'psykisk helse', filter: null },
  { query: 'opplæring OR mestring', filter: null },
  { query: '"gruppebasert opplæring" -diabetes', filter: null },
  { query: 'Haug', filter: { regions: [HealthRegion.NORTH] } },
];

describe('search at scale: the shortcuts give the same answers as the full work', () => {
  let t: TestApp;
  let service: SearchService;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoResearchers(t.dataSource, DEMO_RESEARCHERS, { seed: 42 });
    service = t.app.get(SearchService);
  }, 240_000);
  afterAll(() => t?.close());

  /** Ids of the first `first` hits when every match is scored, from the service's reference statement. */
  async function exactPage(query: string | null, filter: unknown, first: number): Promise<string[]> {
    const args = { query, filter: filter as never, first, orderBy: ResearcherOrder.RELEVANCE };
    const plan = service.plan(args, { page: true, totalCount: false, facets: false }, { rankEveryMatch: true });
    const rows: { researcherId: string }[] = await t.dataSource.query(plan.page!.sql, plan.page!.params);
    return rows.slice(0, first).map((r) => r.researcherId);
  }

  async function exactCount(query: string | null, filter: unknown): Promise<number> {
    const plan = service.plan({ query, filter: filter as never }, { page: false, totalCount: true, facets: false });
    const [row] = await t.dataSource.query(
      new SearchSql(plan.criteria).count(null).sql,
      new SearchSql(plan.criteria).count(null).params,
    );
    return row.n;
  }

  it('ranks the first pages of the bench mix exactly as scoring every match does', async () => {
    for (const { query, filter } of QUERIES) {
      const res = await t.gql<{ researchers: Page }>(PAGE, { query, filter, first: 20 });
      expect(res.errors).toBeUndefined();
      const got = res.data!.researchers.edges.map((e) => e.node.id);
      expect({ query, ids: got }).toEqual({ query, ids: await exactPage(query, filter, 20) });
    }
  });

  it('pages through a common word in the same order as scoring every match, with nothing lost or repeated', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 8; i++) {
      const res: { data?: { researchers: Page } | null } = await t.gql<{ researchers: Page }>(PAGE, { query: 'opplæring', first: 50, after });
      const page: Page = res.data!.researchers;
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(await exactPage('opplæring', null, seen.length));
  });

  it('counts exactly under the threshold, and says so', async () => {
    for (const { query, filter } of QUERIES) {
      const res = await t.gql<{ researchers: Page }>(PAGE, { query, filter, first: 1 });
      const { totalCount, totalCountIsExact } = res.data!.researchers;
      expect({ query, totalCount, totalCountIsExact }).toEqual({ query, totalCount: await exactCount(query, filter), totalCountIsExact: true });
      expect(totalCount).toBeLessThanOrEqual(EXACT_COUNT_LIMIT);
    }
  });

  it('estimates a count above the threshold from a sample, and says it is an estimate', async () => {
    // The same code path with a threshold this catalogue can pass.
    const plan = service.plan({ query: 'opplæring' }, { page: false, totalCount: true, facets: false });
    const exact = await exactCount('opplæring', null);
    expect(exact).toBeGreaterThan(200);
    const run = <T>(s: { sql: string; params: unknown[] }) => t.dataSource.query(s.sql, s.params) as Promise<T[]>;
    const capped = { ...plan, count: new SearchSql(plan.criteria).count(101) };
    const { value } = await computeStats(capped, run, { exactCountLimit: 100, sampleRows: 600 });
    expect(value.totalIsExact).toBe(false);
    expect(Math.abs(value.total - exact) / exact).toBeLessThan(0.3);
  });

  it('keeps whole-catalogue facets for a moment, and every instance sees a change within two seconds', async () => {
    const own = t.app.get(DatabaseEndpoint);
    const other = await createTestApp({ endpoint: () => new DatabaseEndpoint(own.url, null, [], own.isEmbedded) });
    try {
      const regions = async (app: TestApp) => {
        const res = await app.gql<{ researchers: { facets: { regions: { value: string; count: number }[] } } }>(REGIONS);
        return Object.fromEntries(res.data!.researchers.facets.regions.map((r) => [r.value, r.count]));
      };
      const before = await regions(t);
      expect(await regions(other)).toEqual(before);

      // A published profile moves to another region, written through the first instance.
      const [moved] = await t.dataSource.query(`SELECT id FROM researcher WHERE region = 'WEST' AND status = 'PUBLISHED' LIMIT 1`);
      await t.dataSource.getRepository(Researcher).update(moved.id, { region: HealthRegion.NORTH });
      const expected = { ...before, WEST: before.WEST - 1, NORTH: before.NORTH + 1 };

      for (const app of [t, other]) {
        const started = Date.now();
        let now = await regions(app);
        while (JSON.stringify(now) !== JSON.stringify(expected) && Date.now() - started < 5000) {
          await new Promise((r) => setTimeout(r, 100));
          now = await regions(app);
        }
        expect(now).toEqual(expected);
        expect(Date.now() - started).toBeLessThan(2500);
      }
    } finally {
      await other.close();
    }
  });

  it('writes a changed profile’s search row once per transaction and bumps the search version with it', async () => {
    const ds: DataSource = t.dataSource;
    const [before] = await ds.query(`SELECT version FROM search_state`);
    const [row] = await ds.query(`SELECT id FROM researcher WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1`);
    const [{ ctid: ctidBefore }] = await ds.query(`SELECT ctid::text FROM researcher_search WHERE researcher_id = $1`, [row.id]);
    await ds.transaction(async (tx) => {
      await tx.query(`UPDATE researcher SET title = 'Ny tittel' WHERE id = $1`, [row.id]);
      await tx.query(`DELETE FROM researcher_competence_area WHERE researcher_id = $1`, [row.id]);
      await tx.query(
        `INSERT INTO researcher_competence_area (researcher_id, competence_area_id) SELECT $1, id FROM competence_area WHERE slug = 'samhandling'`,
        [row.id],
      );
      // Not rebuilt yet inside the transaction: that happens once, at commit.
      const [{ ctid }] = await tx.query(`SELECT ctid::text FROM researcher_search WHERE researcher_id = $1`, [row.id]);
      expect(ctid).toBe(ctidBefore);
    });
    const [after] = await ds.query(`SELECT version FROM search_state`);
    expect(Number(after.version)).toBe(Number(before.version) + 1);
    const [{ document }] = await ds.query(`SELECT document::text FROM researcher_search WHERE researcher_id = $1`, [row.id]);
    expect(document).toContain("'samhandl");
    expect(document).toContain("'tittel'");
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM search_pending`);
    expect(n).toBe(0);
  });

  it('bumps the search version when a profile is deleted (its row leaves by cascade, which fires no trigger there)', async () => {
    const ds: DataSource = t.dataSource;
    const r = await createResearcher(ds, { givenName: 'Sletta', familyName: 'Sandvik' });
    const [before] = await ds.query(`SELECT version FROM search_state`);
    await ds.getRepository(Researcher).delete(r.id);
    const [after] = await ds.query(`SELECT version FROM search_state`);
    expect(Number(after.version)).toBe(Number(before.version) + 1);
  });
});
