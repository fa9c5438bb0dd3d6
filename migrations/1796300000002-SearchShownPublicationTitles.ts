import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SearchAtScale1796300000000 redefined search_refresh() from the original search index and so
 * dropped what SearchPublicationTitles1796100000001 had added (the two were written side by
 * side): the titles of the publications an owner shows, searchable at the lowest weight (D,
 * beside the bio). This puts them back into the function as it now stands, so both changes
 * hold whichever order they were written in. The edit is checked: a function that does not
 * look as expected stops the migration rather than being half changed.
 */
const BIO_ONLY = `to_tsvector('public.norwegian_unaccent', coalesce(r.bio, '')), 'D')`;
const BIO_AND_TITLES = `to_tsvector('public.norwegian_unaccent', concat_ws(' ', r.bio, p.titles)), 'D')`;
const CONFLICT = 'ON CONFLICT (researcher_id) DO UPDATE SET';
const TITLES_JOIN = `LEFT JOIN LATERAL (
          SELECT string_agg(pub.title, ' ') AS titles
            FROM public.publication pub
           WHERE pub.researcher_id = r.id AND pub.shown
        ) p ON true
        `;

export class SearchShownPublicationTitles1796300000002 implements MigrationInterface {
  name = 'SearchShownPublicationTitles1796300000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const current = await definition(queryRunner);
    if (current.includes(BIO_AND_TITLES)) return;
    if (!current.includes(BIO_ONLY) || current.split(CONFLICT).length !== 2) {
      throw new Error('search_refresh() is not as SearchAtScale1796300000000 left it; refusing to edit it.');
    }
    await queryRunner.query(current.replace(BIO_ONLY, BIO_AND_TITLES).replace(CONFLICT, TITLES_JOIN + CONFLICT));
    await queryRunner.query(`SELECT public.search_refresh(ARRAY(SELECT DISTINCT researcher_id FROM public.publication WHERE shown))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const current = await definition(queryRunner);
    await queryRunner.query(current.replace(BIO_AND_TITLES, BIO_ONLY).replace(TITLES_JOIN, ''));
    await queryRunner.query(`SELECT public.search_refresh(ARRAY(SELECT DISTINCT researcher_id FROM public.publication WHERE shown))`);
  }
}

async function definition(queryRunner: QueryRunner): Promise<string> {
  const rows: Array<{ def: string }> = await queryRunner.query(
    `SELECT pg_get_functiondef('public.search_refresh(uuid[], boolean)'::regprocedure) AS def`,
  );
  return rows[0].def;
}
