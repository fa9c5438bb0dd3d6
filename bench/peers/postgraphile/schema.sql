-- The schema PostGraphile exposes for `npm run bench:compare` (bench/compare.ts runs this file in
-- the bench database before starting the peer). The SQL is the Fastify peer's
-- (bench/baseline-server.ts), cut into what PostGraphile turns into GraphQL:
--
--   search(q)        a set of hits, best first: a connection (first: 20, totalCount)
--   Hit.slug, .fullName, .title, .organizationName, .highlight: computed columns, evaluated
--                    for the 20 returned hits only (ts_headline among them)
--   searchFacets(q)  the five facets as one JSON value
DROP SCHEMA IF EXISTS bench_peer CASCADE;
CREATE SCHEMA bench_peer;

-- One match: what the ranking needs, nothing joined yet (the Fastify peer's `m` and `page`).
CREATE TYPE bench_peer.hit AS (id uuid, score real, sort_name text, headline_source text, q text);

CREATE FUNCTION bench_peer.search(q text) RETURNS SETOF bench_peer.hit
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT s.researcher_id, ts_rank('{0.1, 0.2, 0.4, 1.0}', s.document, t.tsq), s.sort_name, s.headline_source, q
    FROM (SELECT websearch_to_tsquery('public.norwegian_unaccent', q) AS tsq) t
    JOIN public.researcher_search s ON s.document @@ t.tsq
   ORDER BY 2 DESC, s.sort_name, s.researcher_id
$$;

-- Computed columns (a function of a hit): PostGraphile calls them in the page's own statement,
-- above its LIMIT, so they run for the 20 returned hits only.
CREATE FUNCTION bench_peer.hit_slug(h bench_peer.hit) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$ SELECT slug FROM public.researcher WHERE id = h.id $$;

CREATE FUNCTION bench_peer.hit_full_name(h bench_peer.hit) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$ SELECT given_name || ' ' || family_name FROM public.researcher WHERE id = h.id $$;

CREATE FUNCTION bench_peer.hit_title(h bench_peer.hit) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$ SELECT title FROM public.researcher WHERE id = h.id $$;

CREATE FUNCTION bench_peer.hit_organization_name(h bench_peer.hit) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT o.name FROM public.researcher r JOIN public.organization o ON o.id = r.organization_id WHERE r.id = h.id
$$;

CREATE FUNCTION bench_peer.hit_highlight(h bench_peer.hit) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT ts_headline('public.norwegian_unaccent', h.headline_source, websearch_to_tsquery('public.norwegian_unaccent', h.q),
                     'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12')
$$;

CREATE FUNCTION bench_peer.search_facets(q text) RETURNS jsonb
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  WITH t AS MATERIALIZED (SELECT websearch_to_tsquery('public.norwegian_unaccent', q) AS tsq),
  m AS MATERIALIZED (
    SELECT s.region, s.degree, s.languages, s.area_ids, s.network_ids FROM public.researcher_search s, t WHERE s.document @@ t.tsq
  )
  SELECT jsonb_build_object(
    'regions', (SELECT coalesce(jsonb_agg(x ORDER BY x.count DESC), '[]') FROM (SELECT region AS value, count(*) FROM m WHERE region IS NOT NULL GROUP BY region) x),
    'degrees', (SELECT coalesce(jsonb_agg(x ORDER BY x.count DESC), '[]') FROM (SELECT degree AS value, count(*) FROM m WHERE degree IS NOT NULL GROUP BY degree) x),
    'languages', (SELECT coalesce(jsonb_agg(x ORDER BY x.count DESC), '[]') FROM (SELECT l AS value, count(*) FROM m, unnest(m.languages) l GROUP BY l) x),
    'competenceAreas', (SELECT coalesce(jsonb_agg(x ORDER BY x.count DESC), '[]') FROM (
        SELECT ca.slug AS value, ca.name AS label, count(*) FROM m, unnest(m.area_ids) a JOIN public.competence_area ca ON ca.id = a GROUP BY ca.slug, ca.name) x),
    'networks', (SELECT coalesce(jsonb_agg(x ORDER BY x.count DESC), '[]') FROM (
        SELECT nw.slug AS value, nw.name AS label, count(*) FROM m, unnest(m.network_ids) n JOIN public.network nw ON nw.id = n GROUP BY nw.slug, nw.name) x)
  )
$$;

-- The computed columns are fields of Hit only, not of Query too (PostGraphile's default for a
-- function whose first argument is a composite type rather than a table).
COMMENT ON FUNCTION bench_peer.hit_slug(bench_peer.hit) IS '@behavior -queryField';
COMMENT ON FUNCTION bench_peer.hit_full_name(bench_peer.hit) IS '@behavior -queryField';
COMMENT ON FUNCTION bench_peer.hit_title(bench_peer.hit) IS '@behavior -queryField';
COMMENT ON FUNCTION bench_peer.hit_organization_name(bench_peer.hit) IS '@behavior -queryField';
COMMENT ON FUNCTION bench_peer.hit_highlight(bench_peer.hit) IS '@behavior -queryField';
