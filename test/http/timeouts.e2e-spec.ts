import { Client } from 'pg';
import { DatabaseEndpoint } from '../../src/database/database-endpoint';
import { createTestApp, TestApp } from '../support/test-app';
import { usesRealPostgres } from '../support/test-database';

process.env.DATABASE_STATEMENT_TIMEOUT_MS = '2000';
process.env.REQUEST_TIMEOUT_MS = '500';

describe('timeouts', () => {
  let t: TestApp;
  let other: Client;

  beforeAll(async () => {
    t = await createTestApp();
    other = new Client({ connectionString: t.app.get(DatabaseEndpoint).url });
    await other.connect();
  });
  afterAll(async () => {
    await other?.end();
    await t?.close();
  });

  it('answers 503 TIMEOUT when the database keeps a request waiting, then serves the next one', async () => {
    // Another session holds a lock the query needs (on PGlite, any open transaction does).
    await other.query('BEGIN');
    await other.query('LOCK TABLE network IN ACCESS EXCLUSIVE MODE');
    try {
      const started = Date.now();
      const res = await t.http().post('/graphql').set('content-type', 'application/json').send({ query: '{ networks { slug } }' });
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body).toEqual({ errors: [{ message: expect.stringMatching(/tok for lang tid/), extensions: { code: 'TIMEOUT' } }] });
      expect(Date.now() - started).toBeLessThan(1_900);
    } finally {
      await other.query('ROLLBACK');
    }
    const next = await t.gql('{ networks { slug } }');
    expect(next.data!.networks).toHaveLength(3);
  });

  // Chosen at load time: each database gets the check that means something for it.
  if (usesRealPostgres()) {
    it('gives every pooled connection the statement timeout, and PostgreSQL enforces it', async () => {
      const settings = await Promise.all(
        Array.from({ length: 4 }, () => t.dataSource.query<Array<{ statement_timeout: string }>>('SHOW statement_timeout')),
      );
      expect(settings.map((rows) => rows[0].statement_timeout)).toEqual(['2s', '2s', '2s', '2s']);
      const started = Date.now();
      await expect(t.dataSource.query('SELECT pg_sleep(10)')).rejects.toThrow(/statement timeout/);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect((await t.gql('{ networks { slug } }')).data!.networks).toHaveLength(3);
    });
  } else {
    it('keeps PGlite without a statement timeout (it cannot interrupt a query); the request timeout bounds the wait', async () => {
      const rows = await t.dataSource.query<Array<{ statement_timeout: string }>>('SHOW statement_timeout');
      expect(rows[0].statement_timeout).toBe('0');
    });
  }
});
