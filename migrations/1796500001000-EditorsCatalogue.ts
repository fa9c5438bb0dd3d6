import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What editors need to run the catalogue (issue 14): areas that can be described, merged
 * (kept as a redirect) and retired; organisations with a page (slug), former and other names,
 * a parent, merging and researchers' proposals; the search synonyms the field uses; and the
 * synonym rules extended with organisation aliases, so a search for a former name finds the
 * people of the organisation.
 */
export class EditorsCatalogue1796500001000 implements MigrationInterface {
  name = 'EditorsCatalogue1796500001000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string, params?: unknown[]) => queryRunner.query(sql, params);
    await q(`ALTER TABLE "competence_area" ADD "description" text`);
    await q(`ALTER TABLE "competence_area" ADD "merged_into_id" uuid`);
    await q(`ALTER TABLE "competence_area" ADD "retired_at" TIMESTAMP WITH TIME ZONE`);
    await q(`ALTER TABLE "organization" ADD "slug" text`);
    await q(`ALTER TABLE "organization" ADD "aliases" text array NOT NULL DEFAULT '{}'`);
    await q(`ALTER TABLE "organization" ADD "parent_id" uuid`);
    await q(`ALTER TABLE "organization" ADD "merged_into_id" uuid`);
    await q(`ALTER TABLE "organization" ADD "pending_approval" boolean NOT NULL DEFAULT false`);
    await q(`ALTER TABLE "organization" ADD "proposed_by_id" uuid`);

    // Slugs for the organisations there are, made as the app makes them (a copy: a migration
    // must not change when the app's code does).
    const rows: Array<{ id: string; name: string }> = await q(`SELECT id, name FROM organization ORDER BY created_at, id`);
    const taken = new Set<string>();
    for (const row of rows) {
      const base = slugify(row.name);
      let slug = base;
      for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
      taken.add(slug);
      await q(`UPDATE organization SET slug = $2 WHERE id = $1`, [row.id, slug]);
    }
    await q(`ALTER TABLE "organization" ALTER COLUMN "slug" SET NOT NULL`);
    await q(`ALTER TABLE "organization" ADD CONSTRAINT "UQ_a08804baa7c5d5427067c49a31f" UNIQUE ("slug")`);
    await q(
      `ALTER TABLE "competence_area" ADD CONSTRAINT "FK_31fb4ca39582592856a76e88158" FOREIGN KEY ("merged_into_id") REFERENCES "competence_area"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "organization" ADD CONSTRAINT "FK_15acafd6698ac846c6b6a6a50ec" FOREIGN KEY ("parent_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "organization" ADD CONSTRAINT "FK_e1023e65e8d9ee082751e3852b4" FOREIGN KEY ("merged_into_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );

    // The seeded LMS units under their health trusts (the seeder only inserts what is missing).
    for (const [unit, parent] of LMS_PARENTS) {
      await q(
        `UPDATE organization SET parent_id = (SELECT id FROM organization WHERE name = $2)
          WHERE name = $1 AND parent_id IS NULL`,
        [unit, parent],
      );
    }

    await q(`INSERT INTO public.search_synonym (term, synonym) VALUES
      ('NK LMS', 'NK LMH'),
      ('LMT', 'lærings- og mestringstjeneste')
      ON CONFLICT DO NOTHING`);

    await q(VIEW(true));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(VIEW(false));
    await q(`DELETE FROM public.search_synonym WHERE (term, synonym) IN
      (('NK LMS', 'NK LMH'), ('LMT', 'lærings- og mestringstjeneste'))`);
    await q(`ALTER TABLE "organization" DROP CONSTRAINT "FK_e1023e65e8d9ee082751e3852b4"`);
    await q(`ALTER TABLE "organization" DROP CONSTRAINT "FK_15acafd6698ac846c6b6a6a50ec"`);
    await q(`ALTER TABLE "competence_area" DROP CONSTRAINT "FK_31fb4ca39582592856a76e88158"`);
    await q(`ALTER TABLE "organization" DROP COLUMN "proposed_by_id"`);
    await q(`ALTER TABLE "organization" DROP COLUMN "pending_approval"`);
    await q(`ALTER TABLE "organization" DROP COLUMN "merged_into_id"`);
    await q(`ALTER TABLE "organization" DROP COLUMN "parent_id"`);
    await q(`ALTER TABLE "organization" DROP COLUMN "aliases"`);
    await q(`ALTER TABLE "organization" DROP CONSTRAINT "UQ_a08804baa7c5d5427067c49a31f"`);
    await q(`ALTER TABLE "organization" DROP COLUMN "slug"`);
    await q(`ALTER TABLE "competence_area" DROP COLUMN "retired_at"`);
    await q(`ALTER TABLE "competence_area" DROP COLUMN "merged_into_id"`);
    await q(`ALTER TABLE "competence_area" DROP COLUMN "description"`);
  }
}

const LMS_PARENTS: Array<[string, string]> = [
  ['Lærings- og mestringssenteret, Oslo universitetssykehus', 'Oslo universitetssykehus HF'],
  ['Lærings- og mestringssenteret, Akershus universitetssykehus', 'Akershus universitetssykehus HF'],
  ['Lærings- og mestringssenteret i Helse Bergen', 'Helse Bergen HF'],
  ['Lærings- og mestringssenteret, St. Olavs hospital', 'St. Olavs hospital HF'],
  ['Lærings- og mestringssenteret, Universitetssykehuset Nord-Norge', 'Universitetssykehuset Nord-Norge HF'],
  ['Lærings- og mestringssenteret, Nordlandssykehuset', 'Nordlandssykehuset HF'],
];

/** The ts_rewrite() rules, both ways for synonyms; one way from an organisation's alias to its name. */
function VIEW(withAliases: boolean): string {
  const aliases = withAliases
    ? `UNION
        SELECT alias, o.name FROM public.organization o CROSS JOIN unnest(o.aliases) AS alias
         WHERE o.merged_into_id IS NULL AND NOT o.pending_approval`
    : '';
  return `CREATE OR REPLACE VIEW public.search_synonym_rule AS
      WITH pairs AS (
        SELECT term AS a, synonym AS b FROM public.search_synonym
        UNION
        SELECT synonym, term FROM public.search_synonym
        ${aliases}
      )
      SELECT plainto_tsquery('public.norwegian_unaccent', a) AS target,
             ('(' || plainto_tsquery('public.norwegian_unaccent', a)::text || ') | '
               || string_agg('(' || phraseto_tsquery('public.norwegian_unaccent', b)::text || ')', ' | '))::tsquery
               AS substitute
        FROM pairs
       WHERE numnode(plainto_tsquery('public.norwegian_unaccent', a)) > 0
         AND numnode(phraseto_tsquery('public.norwegian_unaccent', b)) > 0
       GROUP BY plainto_tsquery('public.norwegian_unaccent', a)${
         // ts_rewrite() applies the rules one after another: the longer term first, so "NK LMS"
         // is rewritten as a whole before the rule for "LMS" changes part of it.
         withAliases ? `\n       ORDER BY numnode(plainto_tsquery('public.norwegian_unaccent', a)) DESC` : ''
       }`;
}

const NORWEGIAN: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', Æ: 'ae', Ø: 'o', Å: 'a' };

function slugify(text: string): string {
  const slug = text
    .replace(/[æøåÆØÅ]/g, (c) => NORWEGIAN[c])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'organisasjon';
}
