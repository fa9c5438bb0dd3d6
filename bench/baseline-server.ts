/**
 * The peer for `npm run bench:compare`: a hand-written search server, Fastify 5 + pg, on the
 * app's own search table. One statement per request returns the page (20 hits with name,
 * title, organisation and a highlight), the exact count and the five facets as one JSON text,
 * which is sent as it comes. No GraphQL, no validation layers, no cache: what "a handful of
 * lines of SQL behind a web framework" costs.
 *
 *   DATABASE_URL=postgres://… PORT=3100 node -r ts-node/register bench/baseline-server.ts
 *   GET /search?q=opplæring → {"totalCount":…,"hits":[…],"facets":{…}}
 */
import Fastify from 'fastify';
import { Pool } from 'pg';

const SEARCH = `
  WITH q AS MATERIALIZED (SELECT websearch_to_tsquery('public.norwegian_unaccent', $1) AS tsq),
  m AS MATERIALIZED (
    SELECT s.researcher_id, s.document, s.sort_name, s.headline_source, s.region, s.degree, s.languages, s.area_ids, s.network_ids
      FROM public.researcher_search s, q WHERE s.document @@ q.tsq
  ),
  page AS (
    SELECT m.researcher_id, ts_rank('{0.1, 0.2, 0.4, 1.0}', m.document, q.tsq) AS score, m.sort_name, m.headline_source
      FROM m, q ORDER BY score DESC, m.sort_name, m.researcher_id LIMIT $2
  )
  SELECT json_build_object(
    'totalCount', (SELECT count(*) FROM m),
    'hits', (SELECT coalesce(json_agg(json_build_object(
                 'id', r.id, 'slug', r.slug, 'fullName', r.given_name || ' ' || r.family_name, 'title', r.title,
                 'organization', o.name,
                 'highlight', ts_headline('public.norwegian_unaccent', p.headline_source, q.tsq, 'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12')
               ) ORDER BY p.score DESC, p.sort_name, p.researcher_id), '[]')
               FROM page p CROSS JOIN q JOIN public.researcher r ON r.id = p.researcher_id
               LEFT JOIN public.organization o ON o.id = r.organization_id),
    'facets', json_build_object(
      'regions', (SELECT coalesce(json_agg(x ORDER BY x.count DESC), '[]') FROM (SELECT region AS value, count(*) FROM m WHERE region IS NOT NULL GROUP BY region) x),
      'degrees', (SELECT coalesce(json_agg(x ORDER BY x.count DESC), '[]') FROM (SELECT degree AS value, count(*) FROM m WHERE degree IS NOT NULL GROUP BY degree) x),
      'languages', (SELECT coalesce(json_agg(x ORDER BY x.count DESC), '[]') FROM (SELECT l AS value, count(*) FROM m, unnest(m.languages) l GROUP BY l) x),
      'competenceAreas', (SELECT coalesce(json_agg(x ORDER BY x.count DESC), '[]') FROM (
          SELECT ca.slug AS value, ca.name AS label, count(*) FROM m, unnest(m.area_ids) a JOIN public.competence_area ca ON ca.id = a GROUP BY ca.slug, ca.name) x),
      'networks', (SELECT coalesce(json_agg(x ORDER BY x.count DESC), '[]') FROM (
          SELECT nw.slug AS value, nw.name AS label, count(*) FROM m, unnest(m.network_ids) n JOIN public.network nw ON nw.id = n GROUP BY nw.slug, nw.name) x)
    )
  )::text AS body`;

async function main(): Promise<void> {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10, options: '-c jit=off' });
  const app = Fastify({ logger: false });
  app.get<{ Querystring: { q?: string; first?: string } }>('/search', async (request, reply) => {
    const q = String(request.query.q ?? '').slice(0, 300);
    const first = Math.min(100, Math.max(1, Number(request.query.first ?? 20) || 20));
    const { rows } = await pool.query<{ body: string }>(SEARCH, [q, first]);
    return reply.type('application/json').send(rows[0].body);
  });
  app.get('/health', async () => ({ ok: true }));
  await app.listen({ port: Number(process.env.PORT ?? 3100), host: '127.0.0.1' });
  const stop = () => void app.close().then(() => pool.end()).finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
