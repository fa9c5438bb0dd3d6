import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search index learns when each profile was last confirmed (or published), so profiles
 * unconfirmed for 13 months rank lower. A row trigger fills it whenever search_refresh() writes
 * a row (and a profile's confirmation is a researcher update, which refreshes its row), so
 * search_refresh() itself needs no change.
 */
export class SearchLastConfirmed1796200000001 implements MigrationInterface {
  name = 'SearchLastConfirmed1796200000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE public.researcher_search ADD COLUMN last_confirmed_at timestamptz`);
    await queryRunner.query(`CREATE FUNCTION public.search_fill_last_confirmed() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      BEGIN
        SELECT coalesce(r.confirmed_at, r.published_at, r.created_at) INTO NEW.last_confirmed_at
          FROM public.researcher r WHERE r.id = NEW.researcher_id;
        RETURN NEW;
      END
      $fn$`);
    await queryRunner.query(`CREATE TRIGGER search_fill_last_confirmed BEFORE INSERT OR UPDATE ON public.researcher_search
      FOR EACH ROW EXECUTE FUNCTION public.search_fill_last_confirmed()`);
    await queryRunner.query(`UPDATE public.researcher_search SET researcher_id = researcher_id`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER search_fill_last_confirmed ON public.researcher_search`);
    await queryRunner.query(`DROP FUNCTION public.search_fill_last_confirmed()`);
    await queryRunner.query(`ALTER TABLE public.researcher_search DROP COLUMN last_confirmed_at`);
  }
}
