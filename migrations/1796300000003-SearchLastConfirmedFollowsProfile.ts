import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SearchAtScale1796300000000 skips rewriting a search row whose indexed columns come out the
 * same, and last_confirmed_at (SearchLastConfirmed1796200000001, written beside it) is not one
 * of them: confirming a profile changes no indexed text, so the row kept its old date and the
 * profile kept ranking as unconfirmed. A confirmation or publication now sets the date on the
 * row directly (the row trigger reads it from the profile) and tells cached searches.
 */
export class SearchLastConfirmedFollowsProfile1796300000003 implements MigrationInterface {
  name = 'SearchLastConfirmedFollowsProfile1796300000003';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION public.search_on_confirmation() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      BEGIN
        UPDATE public.researcher_search SET researcher_id = researcher_id WHERE researcher_id = NEW.id;
        IF FOUND THEN
          UPDATE public.search_state SET version = version + 1;
        END IF;
        RETURN NULL;
      END
      $fn$`);
    await queryRunner.query(`CREATE TRIGGER search_on_confirmation AFTER UPDATE OF confirmed_at, published_at ON public.researcher
      FOR EACH ROW WHEN (OLD.confirmed_at IS DISTINCT FROM NEW.confirmed_at OR OLD.published_at IS DISTINCT FROM NEW.published_at)
      EXECUTE FUNCTION public.search_on_confirmation()`);
    await queryRunner.query(`UPDATE public.researcher_search SET researcher_id = researcher_id`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER search_on_confirmation ON public.researcher`);
    await queryRunner.query(`DROP FUNCTION public.search_on_confirmation()`);
  }
}
