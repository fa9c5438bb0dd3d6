import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Prefix matching of names ("Haugl" finds Haugland) gets an index of its own. It used to test
 * `document @@ 'haugl':*A`, and the document index cannot tell name words (weight A) from the
 * rest, so a common word typed as a possible name ("opplæring") fetched every profile whose bio
 * had a word starting with it, only to drop most of them on recheck. `name_words` holds the
 * folded name words alone; it is generated from `name_key`, so search_refresh() needs no change.
 */
export class SearchNameWords1795450000000 implements MigrationInterface {
  name = 'SearchNameWords1795450000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE public.researcher_search
      ADD COLUMN name_words tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, name_key)) STORED`);
    await queryRunner.query(`CREATE INDEX "IDX_researcher_search_name_words" ON public.researcher_search USING gin (name_words)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX public."IDX_researcher_search_name_words"`);
    await queryRunner.query(`ALTER TABLE public.researcher_search DROP COLUMN name_words`);
  }
}
