import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search at scale (issue 16).
 *
 * - Each search document is written once per transaction. The triggers used to rebuild a
 *   profile's document at once, so one edit (profile row, then its areas, then memberships)
 *   wrote it up to three times, and a bulk load left two dead rows per live one. They now
 *   note the researcher in `search_pending`; a deferred constraint trigger rebuilds every
 *   noted document once, at commit.
 * - `search_state.version` goes up in the same transaction as any change to what searches
 *   answer (documents, the taxonomy, networks, synonyms). The app's short cache of counts and
 *   facets compares it, so every instance sees a change as soon as it checks.
 * - `strong_document`: the lexemes of the name, areas, keywords, title and organisation
 *   (weights A-C) with their own GIN index, so ranking a very common word can score the
 *   profiles that have it in one of those fields and leave out the bio-only ones whenever
 *   they cannot reach the page (see search-sql.ts).
 * - Storage settings for a table that changes on every profile edit (see README).
 */
export class SearchAtScale1796300000000 implements MigrationInterface {
  name = 'SearchAtScale1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);

    await q(`ALTER TABLE public.researcher_search
      ADD COLUMN strong_document tsvector GENERATED ALWAYS AS (ts_filter(document, '{a,b,c}')) STORED`);
    await q(`CREATE INDEX "IDX_researcher_search_strong" ON public.researcher_search USING gin (strong_document)
      WITH (gin_pending_list_limit = 256)`);
    // A search reads a GIN index's whole pending list (unsorted) on every query; the default
    // 4 MB grows to thousands of entries between autovacuums. 256 kB keeps that read short; an
    // insert that fills it merges the list into the index.
    for (const index of ['IDX_researcher_search_document', 'IDX_researcher_search_name_trgm', 'IDX_researcher_search_name_words']) {
      await q(`ALTER INDEX public."${index}" SET (gin_pending_list_limit = 256)`);
    }
    // Every profile edit replaces its row. Vacuum after about 1 % has changed instead of 20 %,
    // so dead rows, the GIN pending lists and the visibility map stay small between runs.
    await q(`ALTER TABLE public.researcher_search SET (
      autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_threshold = 200,
      autovacuum_vacuum_insert_scale_factor = 0.01, autovacuum_vacuum_insert_threshold = 1000,
      autovacuum_analyze_scale_factor = 0.02, autovacuum_analyze_threshold = 500)`);

    await q(`CREATE TABLE public.search_state (
      id boolean PRIMARY KEY DEFAULT true CHECK (id),
      version bigint NOT NULL
    )`);
    await q(`COMMENT ON TABLE public.search_state IS
      'One row: version goes up in every transaction that changes what searches answer; caches compare it.'`);
    await q(`INSERT INTO public.search_state (id, version) VALUES (true, 1)`);

    // Rows live for one transaction; nothing here needs to survive a crash.
    await q(`CREATE UNLOGGED TABLE public.search_pending (
      xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
      researcher_id uuid
    ) WITH (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000)`);
    await q(`COMMENT ON TABLE public.search_pending IS
      'Researchers whose search document the current transaction must rebuild at commit (NULL: nothing to rebuild, but bump search_state).'`);
    await q(`CREATE INDEX "IDX_search_pending_xid" ON public.search_pending (xid)`);

    await q(`CREATE FUNCTION public.search_enqueue(ids uuid[]) RETURNS void
      LANGUAGE sql AS $fn$
        INSERT INTO public.search_pending (researcher_id)
        SELECT DISTINCT x.id FROM unnest(ids) AS x(id)
         WHERE x.id IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM public.search_pending p
                            WHERE p.xid = pg_current_xact_id() AND p.researcher_id = x.id)
      $fn$`);
    await q(`CREATE FUNCTION public.search_enqueue_change() RETURNS void
      LANGUAGE sql AS $fn$
        INSERT INTO public.search_pending (researcher_id)
        SELECT NULL WHERE NOT EXISTS (SELECT 1 FROM public.search_pending p
                                       WHERE p.xid = pg_current_xact_id() AND p.researcher_id IS NULL)
      $fn$`);

    // Fires at commit for each pending row; the first takes all of this transaction's rows,
    // the rest find none.
    await q(`CREATE FUNCTION public.search_flush() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      DECLARE
        ids uuid[];
        n int;
      BEGIN
        WITH done AS (DELETE FROM public.search_pending WHERE xid = pg_current_xact_id() RETURNING researcher_id)
        SELECT count(*), array_agg(DISTINCT researcher_id) FILTER (WHERE researcher_id IS NOT NULL)
          INTO n, ids FROM done;
        IF n > 0 THEN
          PERFORM public.search_refresh(ids, true);
          -- Last, so the row lock on search_state is held only for the commit itself.
          UPDATE public.search_state SET version = version + 1;
        END IF;
        RETURN NULL;
      END
      $fn$`);
    await q(`CREATE CONSTRAINT TRIGGER search_pending_flush AFTER INSERT ON public.search_pending
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.search_flush()`);

    // The same triggers, now noting instead of rebuilding.
    await q(`CREATE OR REPLACE FUNCTION public.search_on_researcher_change() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM public.search_enqueue(ARRAY(SELECT id FROM changed_rows));
        RETURN NULL;
      END
      $fn$`);
    await q(`CREATE OR REPLACE FUNCTION public.search_on_researcher_link_change() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM public.search_enqueue(ARRAY(SELECT researcher_id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM public.search_enqueue(ARRAY(SELECT researcher_id FROM old_rows));
        ELSE
          PERFORM public.search_enqueue(ARRAY(SELECT researcher_id FROM new_rows UNION SELECT researcher_id FROM old_rows));
        END IF;
        RETURN NULL;
      END
      $fn$`);
    await q(`CREATE OR REPLACE FUNCTION public.search_on_organization_change() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM public.search_enqueue(ARRAY(
          SELECT r.id FROM new_rows n
            JOIN old_rows o ON o.id = n.id
            JOIN public.researcher r ON r.organization_id = n.id
           WHERE n.name IS DISTINCT FROM o.name OR n.short_name IS DISTINCT FROM o.short_name));
        RETURN NULL;
      END
      $fn$`);
    // Area and network names are facet labels, and area slugs filters: any change counts.
    await q(`CREATE OR REPLACE FUNCTION public.search_on_competence_area_change() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM public.search_enqueue(ARRAY(
          WITH RECURSIVE affected AS (
            SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
             WHERE n.name IS DISTINCT FROM o.name OR n.parent_id IS DISTINCT FROM o.parent_id
                OR n.position IS DISTINCT FROM o.position
            UNION
            SELECT c.id FROM public.competence_area c JOIN affected a ON c.parent_id = a.id
          )
          SELECT DISTINCT rca.researcher_id
            FROM public.researcher_competence_area rca JOIN affected a ON a.id = rca.competence_area_id));
        PERFORM public.search_enqueue_change();
        RETURN NULL;
      END
      $fn$`);
    await q(`CREATE FUNCTION public.search_on_reference_change() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM public.search_enqueue_change();
        RETURN NULL;
      END
      $fn$`);
    for (const [table, ops] of REFERENCE_TRIGGERS) {
      for (const op of ops) {
        await q(`CREATE TRIGGER search_${table}_${op}_change AFTER ${op.toUpperCase()} ON public.${table}
          FOR EACH STATEMENT EXECUTE FUNCTION public.search_on_reference_change()`);
      }
    }

    // Rows that come out the same are left alone (no dead row, no index entries).
    await q(REFRESH_FUNCTION(true));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(REFRESH_FUNCTION(false));
    for (const [table, ops] of REFERENCE_TRIGGERS) {
      for (const op of ops) await q(`DROP TRIGGER search_${table}_${op}_change ON public.${table}`);
    }
    await q(`DROP FUNCTION public.search_on_reference_change()`);
    for (const body of PREVIOUS_TRIGGER_FUNCTIONS) await q(body);
    await q(`DROP TRIGGER search_pending_flush ON public.search_pending`);
    await q(`DROP FUNCTION public.search_flush()`);
    await q(`DROP FUNCTION public.search_enqueue_change()`);
    await q(`DROP FUNCTION public.search_enqueue(uuid[])`);
    await q(`DROP TABLE public.search_pending`);
    await q(`DROP TABLE public.search_state`);
    await q(`ALTER TABLE public.researcher_search RESET (
      autovacuum_vacuum_scale_factor, autovacuum_vacuum_threshold,
      autovacuum_vacuum_insert_scale_factor, autovacuum_vacuum_insert_threshold,
      autovacuum_analyze_scale_factor, autovacuum_analyze_threshold)`);
    for (const index of ['IDX_researcher_search_document', 'IDX_researcher_search_name_trgm', 'IDX_researcher_search_name_words']) {
      await q(`ALTER INDEX public."${index}" RESET (gin_pending_list_limit)`);
    }
    await q(`DROP INDEX public."IDX_researcher_search_strong"`);
    await q(`ALTER TABLE public.researcher_search DROP COLUMN strong_document`);
  }
}

// Deleted profiles leave the search table by ON DELETE CASCADE, which fires no trigger there.
const REFERENCE_TRIGGERS: [string, string[]][] = [
  ['researcher', ['delete']],
  ['competence_area', ['insert', 'delete']],
  ['network', ['insert', 'update', 'delete']],
  ['search_synonym', ['insert', 'update', 'delete']],
];

/** search_refresh() as SearchIndex1795439843518 made it, with or without skipping unchanged rows. */
function REFRESH_FUNCTION(skipUnchanged: boolean): string {
  const columns = [
    'document', 'name_key', 'sort_name', 'updated_us', 'region', 'degree', 'languages',
    'area_ids', 'network_ids', 'available_as_speaker', 'available_for_media', 'headline_source',
  ];
  const unchanged = skipUnchanged
    ? `
        WHERE (${columns.map((c) => `s.${c}`).join(', ')}) IS DISTINCT FROM (${columns.map((c) => `EXCLUDED.${c}`).join(', ')})`
    : '';
  return `CREATE OR REPLACE FUNCTION public.search_refresh(ids uuid[], lock_rows boolean DEFAULT false) RETURNS void
      LANGUAGE plpgsql AS $fn$
      BEGIN
        IF ids IS NULL OR cardinality(ids) = 0 THEN
          RETURN;
        END IF;
        IF lock_rows THEN
          -- Called for changes to other tables: wait for concurrent edits of the same profiles,
          -- so the rebuild below (a new snapshot) sees them and no stale document wins.
          PERFORM 1 FROM public.researcher r JOIN unnest(ids) AS x(id) ON r.id = x.id
            ORDER BY r.id FOR NO KEY UPDATE OF r;
        END IF;

        DELETE FROM public.researcher_search s
         USING unnest(ids) AS x(id)
         WHERE s.researcher_id = x.id
           AND NOT EXISTS (SELECT 1 FROM public.researcher r WHERE r.id = x.id AND r.status = 'PUBLISHED');

        INSERT INTO public.researcher_search AS s (
          researcher_id, document, name_key, sort_name, updated_us, region, degree, languages,
          area_ids, network_ids, available_as_speaker, available_for_media, headline_source)
        SELECT
          r.id,
          setweight(to_tsvector('public.norwegian_unaccent', r.given_name || ' ' || r.family_name), 'A')
            || setweight(to_tsvector('simple', public.search_name_fold(r.given_name || ' ' || r.family_name)), 'A')
            || setweight(to_tsvector('public.norwegian_unaccent',
                 coalesce(a.labels, '') || ' ' || array_to_string(r.keywords, ' ')), 'B')
            || setweight(to_tsvector('public.norwegian_unaccent',
                 concat_ws(' ', r.title, o.name, o.short_name)), 'C')
            || setweight(to_tsvector('public.norwegian_unaccent', coalesce(r.bio, '')), 'D'),
          public.search_name_fold(r.given_name || ' ' || r.family_name),
          public.search_sort_key(r.family_name || ' ' || r.given_name),
          (extract(epoch FROM r.updated_at) * 1000000)::bigint,
          r.region::text,
          r.degree::text,
          ARRAY(SELECT DISTINCT lower(l) FROM unnest(r.languages) AS l),
          coalesce(a.ids, '{}'),
          coalesce(n.ids, '{}'),
          r.available_as_speaker,
          r.available_for_media,
          public.search_html_escape(concat_ws(' · ',
            nullif(r.bio, ''), nullif(array_to_string(r.keywords, ', '), ''), a.labels, r.title))
        FROM (SELECT DISTINCT id FROM unnest(ids) AS u(id)) x
        JOIN public.researcher r ON r.id = x.id AND r.status = 'PUBLISHED'
        LEFT JOIN public.organization o ON o.id = r.organization_id
        LEFT JOIN LATERAL (
          WITH RECURSIVE held AS (
            SELECT ca.id, ca.parent_id, ca.name, ca.position
              FROM public.researcher_competence_area rca
              JOIN public.competence_area ca ON ca.id = rca.competence_area_id
             WHERE rca.researcher_id = r.id
            UNION
            SELECT p.id, p.parent_id, p.name, p.position
              FROM held h JOIN public.competence_area p ON p.id = h.parent_id
          )
          SELECT array_agg(h.id ORDER BY h.position) AS ids,
                 string_agg(h.name, ', ' ORDER BY h.position) AS labels
            FROM held h
        ) a ON true
        LEFT JOIN LATERAL (
          SELECT array_agg(DISTINCT m.network_id) AS ids
            FROM public.network_membership m
           WHERE m.researcher_id = r.id AND m.status = 'ACTIVE'
        ) n ON true
        ON CONFLICT (researcher_id) DO UPDATE SET
          ${columns.map((c) => `${c} = EXCLUDED.${c}`).join(',\n          ')}${unchanged};
      END
      $fn$`;
}

/** The trigger functions as SearchIndex1795439843518 made them (rebuilding at once), for down(). */
const PREVIOUS_TRIGGER_FUNCTIONS = [
  `CREATE OR REPLACE FUNCTION public.search_on_researcher_change() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM public.search_refresh(ARRAY(SELECT id FROM changed_rows));
        RETURN NULL;
      END
      $fn$`,
  `CREATE OR REPLACE FUNCTION public.search_on_researcher_link_change() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM public.search_refresh(ARRAY(SELECT DISTINCT researcher_id FROM new_rows), true);
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM public.search_refresh(ARRAY(SELECT DISTINCT researcher_id FROM old_rows), true);
        ELSE
          PERFORM public.search_refresh(
            ARRAY(SELECT researcher_id FROM new_rows UNION SELECT researcher_id FROM old_rows), true);
        END IF;
        RETURN NULL;
      END
      $fn$`,
  `CREATE OR REPLACE FUNCTION public.search_on_organization_change() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM public.search_refresh(ARRAY(
          SELECT r.id FROM new_rows n
            JOIN old_rows o ON o.id = n.id
            JOIN public.researcher r ON r.organization_id = n.id
           WHERE n.name IS DISTINCT FROM o.name OR n.short_name IS DISTINCT FROM o.short_name), true);
        RETURN NULL;
      END
      $fn$`,
  `CREATE OR REPLACE FUNCTION public.search_on_competence_area_change() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM public.search_refresh(ARRAY(
          WITH RECURSIVE affected AS (
            SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
             WHERE n.name IS DISTINCT FROM o.name OR n.parent_id IS DISTINCT FROM o.parent_id
                OR n.position IS DISTINCT FROM o.position
            UNION
            SELECT c.id FROM public.competence_area c JOIN affected a ON c.parent_id = a.id
          )
          SELECT DISTINCT rca.researcher_id
            FROM public.researcher_competence_area rca JOIN affected a ON a.id = rca.competence_area_id), true);
        RETURN NULL;
      END
      $fn$`,
];
