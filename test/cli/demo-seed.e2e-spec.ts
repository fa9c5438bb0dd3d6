import { seedDemoResearchers } from '../../src/seed/demo-seeder';
import { createTestApp, TestApp } from '../support/test-app';

describe('demo data (npm run seed:demo)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t?.close());

  it('adds published fictional researchers with areas and memberships, and adds more on a second run', async () => {
    const first = await seedDemoResearchers(t.dataSource, 150);
    expect(first.inserted).toBe(150);
    const second = await seedDemoResearchers(t.dataSource, 50);
    expect(second.inserted).toBe(50);

    const [row] = await t.dataSource.query(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE status = 'PUBLISHED')::int AS published,
              count(DISTINCT slug)::int AS slugs,
              count(*) FILTER (WHERE given_name || family_name ~ '[æøåÆØÅ]')::int AS with_norwegian_letters,
              count(*) FILTER (WHERE email !~ '@example\\.(org|no)$')::int AS real_looking_emails
         FROM researcher`,
    );
    expect(row).toMatchObject({ total: 200, published: 200, slugs: 200, real_looking_emails: 0 });
    expect(row.with_norwegian_letters).toBeGreaterThan(10);
    const [{ without_areas }] = await t.dataSource.query(
      `SELECT count(*)::int AS without_areas FROM researcher r
        WHERE NOT EXISTS (SELECT 1 FROM researcher_competence_area a WHERE a.researcher_id = r.id)`,
    );
    expect(without_areas).toBe(0);
    expect(first.memberships + second.memberships).toBeGreaterThan(0);

    const res = await t.gql(`{ network(slug: "forskernettverket") { memberCount } }`);
    expect(res.data!.network.memberCount).toBeGreaterThan(0);
  });
});
