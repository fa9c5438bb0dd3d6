import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which profiles each search version changed, so that cached answers of common words can be
 * brought up to date by re-reading those profiles instead of ranking and counting every match
 * again (src/search/incremental-refresh.ts). One row per version: the ids whose search rows the
 * committing transaction rebuilt, or NULL when something else changed (areas, networks,
 * synonyms), which every cached answer must be recomputed for.
 *
 * The version is taken by the UPDATE of search_state, whose row lock is held to commit, so
 * versions are given in commit order: a reader that sees version N also sees every row up to N.
 * A version without a row (a bump from elsewhere) is read as NULL. Rows older than ten minutes
 * are removed as new ones come: a cached answer that old is recomputed whole.
 */
export class SearchChangeLog1796800000001 implements MigrationInterface {
  name = 'SearchChangeLog1796800000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE public.search_change (
      version bigint PRIMARY KEY,
      researcher_ids uuid[],
      changed_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q(`COMMENT ON TABLE public.search_change IS
      'Per search_state.version: the researchers whose search rows changed (NULL: something else changed). Kept ten minutes.'`);
    await q(`CREATE FUNCTION public.search_bump(ids uuid[]) RETURNS void
      LANGUAGE plpgsql AS $fn$
      DECLARE
        v bigint;
      BEGIN
        UPDATE public.search_state SET version = version + 1 RETURNING version INTO v;
        INSERT INTO public.search_change (version, researcher_ids) VALUES (v, ids);
        -- Every hundredth version, so that clearing costs little.
        IF v % 100 = 0 THEN
          DELETE FROM public.search_change WHERE changed_at < now() - interval '10 minutes';
        END IF;
      END
      $fn$`);
    await q(`CREATE OR REPLACE FUNCTION public.search_flush() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      DECLARE
        ids uuid[];
        n int;
        unspecific boolean;
      BEGIN
        WITH done AS (DELETE FROM public.search_pending WHERE xid = pg_current_xact_id() RETURNING researcher_id)
        SELECT count(*), array_agg(DISTINCT researcher_id) FILTER (WHERE researcher_id IS NOT NULL),
               bool_or(researcher_id IS NULL)
          INTO n, ids, unspecific FROM done;
        IF n > 0 THEN
          PERFORM public.search_refresh(ids, true);
          -- Last, so the row lock on search_state is held only for the commit itself.
          PERFORM public.search_bump(CASE WHEN unspecific THEN NULL ELSE ids END);
        END IF;
        RETURN NULL;
      END
      $fn$`);
    await q(`CREATE OR REPLACE FUNCTION public.search_on_confirmation() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      BEGIN
        UPDATE public.researcher_search SET researcher_id = researcher_id WHERE researcher_id = NEW.id;
        IF FOUND THEN
          PERFORM public.search_bump(ARRAY[NEW.id]);
        END IF;
        RETURN NULL;
      END
      $fn$`);
    // A deleted profile (an erased account) stays an unspecific change, so every cached answer
    // is computed whole, and its id is taken out of the log: no row may name an erased person.
    // Answers cached before the deletion pass its version, so none misses the ids taken out.
    await q(`DROP TRIGGER search_researcher_delete_change ON public.researcher`);
    await q(`CREATE FUNCTION public.search_on_researcher_delete() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM public.search_enqueue_change();
        UPDATE public.search_change
           SET researcher_ids = ARRAY(SELECT x FROM unnest(researcher_ids) AS x WHERE x NOT IN (SELECT id FROM old_rows))
         WHERE researcher_ids && ARRAY(SELECT id FROM old_rows);
        RETURN NULL;
      END
      $fn$`);
    await q(`CREATE TRIGGER search_researcher_delete_change AFTER DELETE ON public.researcher
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.search_on_researcher_delete()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP TRIGGER search_researcher_delete_change ON public.researcher`);
    await q(`DROP FUNCTION public.search_on_researcher_delete()`);
    await q(`CREATE TRIGGER search_researcher_delete_change AFTER DELETE ON public.researcher
      FOR EACH STATEMENT EXECUTE FUNCTION public.search_on_reference_change()`);
    await q(`CREATE OR REPLACE FUNCTION public.search_on_confirmation() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      BEGIN
        UPDATE public.researcher_search SET researcher_id = researcher_id WHERE researcher_id = NEW.id;
        IF FOUND THEN
          UPDATE public.search_state SET version = version + 1;
        END IF;
        RETURN NULL;
      END
      $fn$`);
    await q(`CREATE OR REPLACE FUNCTION public.search_flush() RETURNS trigger
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
          UPDATE public.search_state SET version = version + 1;
        END IF;
        RETURN NULL;
      END
      $fn$`);
    await q(`DROP FUNCTION public.search_bump(uuid[])`);
    await q(`DROP TABLE public.search_change`);
  }
}
