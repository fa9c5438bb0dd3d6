import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Directory search (src/search): a search document per published researcher, kept current
 * by triggers on every table that feeds it, plus the synonym table.
 *
 * Everything except `search_synonym` is hand-written SQL outside TypeORM's entity metadata,
 * so the migration drift check leaves it alone.
 */
export class SearchIndex1795439843518 implements MigrationInterface {
  name = 'SearchIndex1795439843518';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);

    await q(
      `CREATE TABLE "search_synonym" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "term" text NOT NULL, "synonym" text NOT NULL, CONSTRAINT "PK_f90672bb61b83865cd95007ca15" PRIMARY KEY ("id"))`,
    );
    await q(`CREATE UNIQUE INDEX "UQ_search_synonym_pair" ON "search_synonym"  ("term", "synonym") `);

    // unaccent() is only STABLE (it looks its dictionary up by search_path); with the
    // dictionary schema-qualified the result depends on the argument alone.
    await q(`CREATE FUNCTION public.immutable_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$SELECT public.unaccent('public.unaccent'::regdictionary, $1)$$`);

    // Names compared by trigram and prefix: Åsen, Aasen and asen are the same key.
    await q(`CREATE FUNCTION public.search_name_fold(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$SELECT replace(lower(public.immutable_unaccent($1)), 'aa', 'a')$$`);

    // Norwegian alphabetical order under the C collation (the same on every server):
    // æ, ø, å (and the old spelling aa) after z, other accents ignored.
    await q(`CREATE FUNCTION public.search_sort_key(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$SELECT lower(public.immutable_unaccent(translate(regexp_replace($1, 'aa', 'å', 'gi'), 'æøåÆØÅ', '{|}{|}')))$$`);

    await q(`CREATE FUNCTION public.search_html_escape(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$SELECT replace(replace(replace(replace(replace($1, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;')$$`);

    // Norwegian stemming on accent-free words, so Tromso matches Tromsø and Aerlig matches
    // Ærlig in documents, queries and highlights alike. Stop words are dropped before the
    // accents are (otherwise "på" would survive as "pa").
    await q(`CREATE TEXT SEARCH DICTIONARY public.norwegian_stopword (TEMPLATE = pg_catalog.simple, STOPWORDS = norwegian, ACCEPT = false)`);
    await q(`CREATE TEXT SEARCH CONFIGURATION public.norwegian_unaccent (COPY = pg_catalog.norwegian)`);
    await q(`ALTER TEXT SEARCH CONFIGURATION public.norwegian_unaccent
      ALTER MAPPING FOR word, hword, hword_part WITH public.norwegian_stopword, public.unaccent, pg_catalog.norwegian_stem`);

    // One row per PUBLISHED researcher: unpublished profiles cannot leak into results,
    // counts or facets because they are not here. Enum values are stored as text so other
    // migrations may alter those types freely.
    await q(`CREATE TABLE public.researcher_search (
      researcher_id uuid PRIMARY KEY REFERENCES public.researcher (id) ON DELETE CASCADE,
      document tsvector NOT NULL,
      name_key text NOT NULL,
      sort_name text COLLATE "C" NOT NULL,
      updated_us bigint NOT NULL,
      region text,
      degree text,
      languages text[] NOT NULL,
      area_ids uuid[] NOT NULL,
      network_ids uuid[] NOT NULL,
      available_as_speaker boolean NOT NULL,
      available_for_media boolean NOT NULL,
      headline_source text NOT NULL
    )`);
    await q(`COMMENT ON TABLE public.researcher_search IS
      'Search document per published researcher; maintained by search_refresh() from triggers. area_ids holds held areas and their ancestors, network_ids ACTIVE memberships, headline_source is HTML-escaped.'`);
    await q(`CREATE INDEX "IDX_researcher_search_document" ON public.researcher_search USING gin (document)`);
    await q(`CREATE INDEX "IDX_researcher_search_name_trgm" ON public.researcher_search USING gin (name_key gin_trgm_ops)`);
    await q(`CREATE INDEX "IDX_researcher_search_by_name" ON public.researcher_search (sort_name, researcher_id)`);
    await q(`CREATE INDEX "IDX_researcher_search_by_updated" ON public.researcher_search (updated_us, researcher_id)`);

    await q(`CREATE FUNCTION public.search_refresh(ids uuid[], lock_rows boolean DEFAULT false) RETURNS void
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
          document = EXCLUDED.document,
          name_key = EXCLUDED.name_key,
          sort_name = EXCLUDED.sort_name,
          updated_us = EXCLUDED.updated_us,
          region = EXCLUDED.region,
          degree = EXCLUDED.degree,
          languages = EXCLUDED.languages,
          area_ids = EXCLUDED.area_ids,
          network_ids = EXCLUDED.network_ids,
          available_as_speaker = EXCLUDED.available_as_speaker,
          available_for_media = EXCLUDED.available_for_media,
          headline_source = EXCLUDED.headline_source;
      END
      $fn$`);

    // Statement-level triggers with transition tables: a bulk insert of 100 000 profiles
    // rebuilds their documents in one set-based statement, not 100 000 times.
    await q(`CREATE FUNCTION public.search_on_researcher_change() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM public.search_refresh(ARRAY(SELECT id FROM changed_rows));
        RETURN NULL;
      END
      $fn$`);
    await q(`CREATE TRIGGER search_researcher_insert AFTER INSERT ON public.researcher
      REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.search_on_researcher_change()`);
    await q(`CREATE TRIGGER search_researcher_update AFTER UPDATE ON public.researcher
      REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.search_on_researcher_change()`);

    // Competence areas held and network memberships: both tables have researcher_id.
    await q(`CREATE FUNCTION public.search_on_researcher_link_change() RETURNS trigger
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
      $fn$`);
    for (const table of ['researcher_competence_area', 'network_membership']) {
      await q(`CREATE TRIGGER search_${table}_insert AFTER INSERT ON public.${table}
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.search_on_researcher_link_change()`);
      await q(`CREATE TRIGGER search_${table}_update AFTER UPDATE ON public.${table}
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.search_on_researcher_link_change()`);
      await q(`CREATE TRIGGER search_${table}_delete AFTER DELETE ON public.${table}
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.search_on_researcher_link_change()`);
    }

    // Renamed organisations and areas change the documents of everyone who refers to them.
    await q(`CREATE FUNCTION public.search_on_organization_change() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM public.search_refresh(ARRAY(
          SELECT r.id FROM new_rows n
            JOIN old_rows o ON o.id = n.id
            JOIN public.researcher r ON r.organization_id = n.id
           WHERE n.name IS DISTINCT FROM o.name OR n.short_name IS DISTINCT FROM o.short_name), true);
        RETURN NULL;
      END
      $fn$`);
    await q(`CREATE TRIGGER search_organization_update AFTER UPDATE ON public.organization
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.search_on_organization_change()`);

    await q(`CREATE FUNCTION public.search_on_competence_area_change() RETURNS trigger
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
      $fn$`);
    await q(`CREATE TRIGGER search_competence_area_update AFTER UPDATE ON public.competence_area
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.search_on_competence_area_change()`);

    // ts_rewrite() rules, both ways: what the user typed, or any of its synonyms (as phrases).
    await q(`CREATE VIEW public.search_synonym_rule AS
      WITH pairs AS (
        SELECT term AS a, synonym AS b FROM public.search_synonym
        UNION
        SELECT synonym, term FROM public.search_synonym
      )
      SELECT plainto_tsquery('public.norwegian_unaccent', a) AS target,
             ('(' || plainto_tsquery('public.norwegian_unaccent', a)::text || ') | '
               || string_agg('(' || phraseto_tsquery('public.norwegian_unaccent', b)::text || ')', ' | '))::tsquery
               AS substitute
        FROM pairs
       WHERE numnode(plainto_tsquery('public.norwegian_unaccent', a)) > 0
         AND numnode(phraseto_tsquery('public.norwegian_unaccent', b)) > 0
       GROUP BY plainto_tsquery('public.norwegian_unaccent', a)`);

    await q(`INSERT INTO public.search_synonym (term, synonym) VALUES
      ('KOLS', 'kronisk obstruktiv lungesykdom'),
      ('LMS', 'lærings- og mestringssenter'),
      ('rus', 'rusmidler'),
      ('rus', 'rusmiddelbruk'),
      ('ROP', 'rus og psykiske lidelser'),
      ('DPS', 'distriktspsykiatrisk senter'),
      ('BUP', 'barne- og ungdomspsykiatri'),
      ('FFO', 'Funksjonshemmedes Fellesorganisasjon'),
      ('SAFO', 'Samarbeidsforumet av funksjonshemmedes organisasjoner'),
      ('NK LMH', 'Nasjonal kompetansetjeneste for læring og mestring innen helse'),
      ('pasientopplæring', 'pasient- og pårørendeopplæring'),
      ('brukermedvirkning', 'brukerinvolvering'),
      ('helsekompetanse', 'health literacy')
      ON CONFLICT DO NOTHING`);

    await q(`SELECT public.search_refresh(ARRAY(SELECT id FROM public.researcher))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP VIEW public.search_synonym_rule`);
    await q(`DROP TRIGGER search_competence_area_update ON public.competence_area`);
    await q(`DROP TRIGGER search_organization_update ON public.organization`);
    for (const table of ['researcher_competence_area', 'network_membership']) {
      for (const op of ['insert', 'update', 'delete']) await q(`DROP TRIGGER search_${table}_${op} ON public.${table}`);
    }
    await q(`DROP TRIGGER search_researcher_update ON public.researcher`);
    await q(`DROP TRIGGER search_researcher_insert ON public.researcher`);
    await q(`DROP FUNCTION public.search_on_competence_area_change()`);
    await q(`DROP FUNCTION public.search_on_organization_change()`);
    await q(`DROP FUNCTION public.search_on_researcher_link_change()`);
    await q(`DROP FUNCTION public.search_on_researcher_change()`);
    await q(`DROP FUNCTION public.search_refresh(uuid[], boolean)`);
    await q(`DROP TABLE public.researcher_search`);
    await q(`DROP TEXT SEARCH CONFIGURATION public.norwegian_unaccent`);
    await q(`DROP TEXT SEARCH DICTIONARY public.norwegian_stopword`);
    await q(`DROP FUNCTION public.search_html_escape(text)`);
    await q(`DROP FUNCTION public.search_sort_key(text)`);
    await q(`DROP FUNCTION public.search_name_fold(text)`);
    await q(`DROP FUNCTION public.immutable_unaccent(text)`);
    await q(`DROP INDEX "public"."UQ_search_synonym_pair"`);
    await q(`DROP TABLE "search_synonym"`);
  }
}
