import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Titles of the publications an owner shows on the public profile become searchable, at the
 * lowest weight (D, beside the bio): "is she really an expert on this?" is often answered by a
 * title. Titles the owner keeps hidden stay out of the index. search_refresh() is redefined
 * with one more lateral join; the publication table refreshes documents through the same
 * statement-level trigger function as competence areas and memberships (it has researcher_id).
 */
export class SearchPublicationTitles1796100000001 implements MigrationInterface {
  name = 'SearchPublicationTitles1796100000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(searchRefresh(true));
    for (const [event, transition] of TRIGGERS) {
      await queryRunner.query(`CREATE TRIGGER search_publication_${event.toLowerCase()} AFTER ${event} ON public.publication
        REFERENCING ${transition} FOR EACH STATEMENT EXECUTE FUNCTION public.search_on_researcher_link_change()`);
    }
    await queryRunner.query(`SELECT public.search_refresh(ARRAY(SELECT DISTINCT researcher_id FROM public.publication))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [event] of TRIGGERS) {
      await queryRunner.query(`DROP TRIGGER search_publication_${event.toLowerCase()} ON public.publication`);
    }
    await queryRunner.query(searchRefresh(false));
    await queryRunner.query(`SELECT public.search_refresh(ARRAY(SELECT DISTINCT researcher_id FROM public.publication))`);
  }
}

const TRIGGERS: Array<[string, string]> = [
  ['INSERT', 'NEW TABLE AS new_rows'],
  ['UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
  ['DELETE', 'OLD TABLE AS old_rows'],
];

/** search_refresh() as SearchIndex1795439843518 made it, with or without the shown titles. */
function searchRefresh(withTitles: boolean): string {
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
            || setweight(to_tsvector('public.norwegian_unaccent', ${
              withTitles ? `concat_ws(' ', r.bio, p.titles)` : `coalesce(r.bio, '')`
            }), 'D'),
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
        ) n ON true${
          withTitles
            ? `
        LEFT JOIN LATERAL (
          SELECT string_agg(pub.title, ' ') AS titles
            FROM public.publication pub
           WHERE pub.researcher_id = r.id AND pub.shown
        ) p ON true`
            : ''
        }
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
      $fn$`;
}
