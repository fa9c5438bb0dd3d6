import { isPlainRead, ReadRouting } from './read-routing';

describe('isPlainRead', () => {
  it.each([
    'SELECT id FROM researcher WHERE slug = $1',
    '  with hits AS (SELECT 1) SELECT * FROM hits',
    'SHOW statement_timeout',
  ])('sends %p to a replica', (sql) => expect(isPlainRead(sql)).toBe(true));

  it.each([
    'UPDATE researcher SET title = $1',
    'INSERT INTO account (email) VALUES ($1)',
    'WITH gone AS (DELETE FROM refresh_token RETURNING id) SELECT count(*) FROM gone',
    'SELECT public.search_refresh($1::uuid[], true)',
    'SELECT id FROM researcher WHERE id = $1 FOR UPDATE',
    'SELECT pg_advisory_xact_lock(1)',
    "SELECT nextval('schema_migrations_id_seq')",
  ])('keeps %p on the primary', (sql) => expect(isPlainRead(sql)).toBe(false));
});

describe('ReadRouting', () => {
  it('reads from the primary unless a request asked for replicas, and only when there are some', () => {
    const withReplicas = new ReadRouting(true);
    const without = new ReadRouting(false);
    expect(withReplicas.onReplica()).toBe(false);
    ReadRouting.run(() => {
      expect(withReplicas.onReplica()).toBe(false);
      withReplicas.preferReplicas();
      expect(withReplicas.onReplica()).toBe(true);
      expect(without.onReplica()).toBe(false);
    });
    // Outside a request (start-up, commands): the primary.
    withReplicas.preferReplicas();
    expect(withReplicas.onReplica()).toBe(false);
  });

  it('keeps the accounts a request wrote for, per request', async () => {
    const routing = new ReadRouting(true);
    const seen = await Promise.all(
      ['a', 'b'].map((id) =>
        ReadRouting.run(async () => {
          routing.noteWriter(id);
          await new Promise((r) => setTimeout(r, 5));
          return [...routing.writers()];
        }),
      ),
    );
    expect(seen).toEqual([['a'], ['b']]);
  });
});
