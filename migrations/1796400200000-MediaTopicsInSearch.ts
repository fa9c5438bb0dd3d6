import { MigrationInterface, QueryRunner } from 'typeorm';

const KEYWORDS = `array_to_string(r.keywords, ' ')), 'B')`;
const WITH_TOPICS = `array_to_string(r.keywords || r.media_topics || r.speaker_topics, ' ')), 'B')`;

/**
 * Media topics and talk titles rank with keywords and competence areas (weight B, above title
 * and bio). The search function is being reworked elsewhere, so rather than restate it this
 * edits whatever definition is in place: the one line that feeds keywords to the document.
 */
export class MediaTopicsInSearch1796400200000 implements MigrationInterface {
  name = 'MediaTopicsInSearch1796400200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await replaceInRefresh(queryRunner, KEYWORDS, WITH_TOPICS);
    // Profiles published before this have no topics yet (the columns are new): nothing to reindex.
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await replaceInRefresh(queryRunner, WITH_TOPICS, KEYWORDS);
  }
}

async function replaceInRefresh(queryRunner: QueryRunner, from: string, to: string): Promise<void> {
  const [row] = (await queryRunner.query(
    `SELECT pg_get_functiondef('public.search_refresh(uuid[], boolean)'::regprocedure) AS def`,
  )) as Array<{ def: string }>;
  const occurrences = row.def.split(from).length - 1;
  if (occurrences !== 1) throw new Error(`search_refresh: expected the keywords line once, found it ${occurrences} times`);
  await queryRunner.query(row.def.replace(from, to));
}
