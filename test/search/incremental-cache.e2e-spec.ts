import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Researcher } from '../../src/researcher/researcher.entity';
import { seedDemoResearchers } from '../../src/seed/demo-seeder';
import { SearchSql } from '../../src/search/search-sql';
import { SearchService } from '../../src/search/search.service';
import { ResearcherOrder } from '../../src/search/types/researcher-order.enum';
import { QueryCounter } from '../support/query-counter';
import { createTestApp, TestApp } from '../support/test-app';

// Enough profiles that "helse" (in about half the area names and titles) matches over 1,000,
// so its first page and count are kept by the cache rather than computed for every request.
const DEMO_RESEARCHERS = 3000;
const QUERY = 'helse';
/** Marks the test's own reference statements, so they are told apart from the app's. */
const REFERENCE = '/* reference */ ';

const SEARCH = `
  query Search($query: String) {
    researchers(query: $query, first: 20) {
      totalCount totalCountIsExact
      edges { node { id title } }
      pageInfo { hasNextPage }
    }
  }`;

interface Answer {
  totalCount: number;
  totalCountIsExact: boolean;
  edges: { node: { id: string; title: string | null } }[];
  pageInfo: { hasNextPage: boolean };
}

describe('cached searches of a common word follow profile edits without ranking every match again', () => {
  let t: TestApp;
  let service: SearchService;
  let counter: QueryCounter;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoResearchers(t.dataSource, DEMO_RESEARCHERS, { seed: 7 });
    service = t.app.get(SearchService);
    counter = new QueryCounter(t.dataSource);
  }, 240_000);
  afterAll(() => t?.close());

  const search = async (): Promise<Answer> => {
    const res = await t.gql<{ researchers: Answer }>(SEARCH, { query: QUERY });
    expect(res.errors).toBeUndefined();
    return res.data!.researchers;
  };

  /** The first page and count when every match is scored and counted now, from the database. */
  async function exact(): Promise<{ ids: string[]; total: number }> {
    const plan = service.plan(
      { query: QUERY, first: 20, orderBy: ResearcherOrder.RELEVANCE },
      { page: true, totalCount: true, facets: false },
      { rankEveryMatch: true },
    );
    const rows: { researcherId: string }[] = await t.dataSource.query(REFERENCE + plan.page!.sql, plan.page!.params);
    const count = new SearchSql(plan.criteria).count(null);
    const [{ n }] = await t.dataSource.query(REFERENCE + count.sql, count.params);
    return { ids: rows.slice(0, 20).map((r) => r.researcherId), total: n };
  }

  /**
   * Searches until the answer equals exact ranking and counting. The statements are every one
   * the app sent meanwhile, those of recomputations it ran in the background between requests
   * included (a stale answer may be served while its replacement is computed), but not the
   * test's own reference statements.
   */
  async function untilExact(): Promise<{ answer: Answer; waitedMs: number; statements: string[] }> {
    const started = Date.now();
    const { result: answer, queries } = await counter.count(async () => {
      for (;;) {
        const want = await exact();
        const found = await search();
        const ids = found.edges.map((e) => e.node.id);
        if ((JSON.stringify(ids) === JSON.stringify(want.ids) && found.totalCount === want.total) || Date.now() - started > 8000) {
          expect(ids).toEqual(want.ids);
          expect(found.totalCount).toBe(want.total);
          return found;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    });
    return { answer, waitedMs: Date.now() - started, statements: queries.filter((sql) => !sql.startsWith(REFERENCE)) };
  }

  it('shows a new top hit, a hidden one gone, a retitled one and a match leaving within two seconds, counting exactly', async () => {
    const ds = t.dataSource;
    const first = await search();
    expect(first.totalCountIsExact).toBe(true);
    expect(first.totalCount).toBeGreaterThan(1000);
    const before = await exact();
    expect(first.edges.map((e) => e.node.id)).toEqual(before.ids);

    // 1. Someone who did not match gets the word in the family name: weight A, the new top hit.
    const [outsider] = await ds.query(
      `SELECT r.id FROM researcher r JOIN researcher_search s ON s.researcher_id = r.id
        WHERE NOT (s.document @@ websearch_to_tsquery('public.norwegian_unaccent', $1)) ORDER BY r.id LIMIT 1`,
      [QUERY],
    );
    await ds.getRepository(Researcher).update(outsider.id, { familyName: 'Helsetun Helse' });
    // 2. The current top hit is hidden by the editors.
    await ds.getRepository(Researcher).update(before.ids[0], { status: ProfileStatus.HIDDEN });
    // 3. The fifth hit gets a new title (its entity changes on the page, its rank may too).
    await ds.getRepository(Researcher).update(before.ids[4], { title: 'Spesialrådgiver i helse og omsorg' });
    // 4. A match far down the list leaves the catalogue (hidden): only the count shows it.
    const [far] = await ds.query(
      `SELECT s.researcher_id AS id FROM researcher_search s
        WHERE s.document @@ websearch_to_tsquery('public.norwegian_unaccent', $1) AND NOT (s.researcher_id = ANY($2::uuid[]))
        ORDER BY s.researcher_id DESC LIMIT 1`,
      [QUERY, before.ids],
    );
    await ds.getRepository(Researcher).update(far.id, { status: ProfileStatus.HIDDEN });

    const { answer, waitedMs, statements } = await untilExact();
    // About a second by design (CACHE_FRESH_MS); generous here, as the machine may be busy.
    expect(waitedMs).toBeLessThan(5000);
    const ids = answer.edges.map((e) => e.node.id);
    expect(ids[0]).toBe(outsider.id);
    expect(ids).not.toContain(before.ids[0]);
    expect(answer.totalCount).toBe(before.total - 1 - 1 + 1);
    const retitled = answer.edges.find((e) => e.node.id === before.ids[4]);
    if (retitled) expect(retitled.node.title).toBe('Spesialrådgiver i helse og omsorg');

    // Brought up to date from the four changed profiles: no statement ranked or counted every
    // match again (each search statement that ran was restricted to the changed ids).
    const searchStatements = statements.filter((sql) => sql.includes('researcher_search s'));
    expect(searchStatements.length).toBeGreaterThan(0);
    for (const sql of searchStatements) expect(sql).toContain('s.researcher_id = ANY(');
  });

  it('computes the answer whole after an erasure, and the log no longer names the erased profile', async () => {
    await search();
    const [gone] = await t.dataSource.query(
      `SELECT s.researcher_id AS id FROM researcher_search s
        WHERE s.document @@ websearch_to_tsquery('public.norwegian_unaccent', $1) ORDER BY s.researcher_id LIMIT 1`,
      [QUERY],
    );
    await t.dataSource.getRepository(Researcher).update(gone.id, { title: 'Endret før sletting' });
    await t.dataSource.getRepository(Researcher).delete(gone.id);
    const { statements } = await untilExact();
    expect(statements.filter((sql) => sql.includes('researcher_search s') && !sql.includes('s.researcher_id = ANY(')).length).toBeGreaterThan(0);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM search_change WHERE $1 = ANY(researcher_ids)`, [gone.id]);
    expect(n).toBe(0);
  });

  it('computes the answer whole when something other than profiles changed (a synonym)', async () => {
    const before = await search();
    // "kreft" as a synonym of the query word: more profiles match, so the answer must change.
    await t.dataSource.query(`INSERT INTO search_synonym (term, synonym) VALUES ('helse', 'kreft')`);
    const { answer, statements } = await untilExact();
    expect(answer.totalCount).toBeGreaterThan(before.totalCount);
    const whole = statements.filter((sql) => sql.includes('researcher_search s') && !sql.includes('s.researcher_id = ANY('));
    expect(whole.length).toBeGreaterThan(0);
  });
});
