import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { SearchService } from '../src/search/search.service';
import { ResearcherOrder } from '../src/search/types/researcher-order.enum';
import { loadAverage } from './bench-tools';
import { QUERY_MIX } from './search-queries';

const ROOT = join(__dirname, '..');
const USAGE = 'npm run bench:explain -- --url postgres://…/db [--label before] [--runs 3]';

/**
 * `npm run bench:explain -- --url …`: EXPLAIN (ANALYZE, BUFFERS) of every statement the search
 * mix runs, against an existing, seeded database (e.g. one left by `seed:demo`). The last of
 * `--runs` executions is kept, so caches are warm as in the benchmark. Written to
 * bench/results/explain-<label>-<date>.md.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { url: { type: 'string' }, label: { type: 'string', default: 'plans' }, runs: { type: 'string', default: '3' } },
  });
  const url = values.url ?? process.env.DATABASE_URL;
  if (!url) throw new Error(`Name the database: ${USAGE}`);
  const runs = Math.max(1, Number(values.runs));
  const dataSource = new DataSource(buildDataSourceOptions({ url, embedded: false, applicationName: 'kk-bench-explain' }));
  await dataSource.initialize();
  const client = new Client({ connectionString: url, application_name: 'kk-bench-explain', options: '-c jit=off' });
  await client.connect();
  try {
    const search = new SearchService(dataSource);
    const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM researcher_search`)).rows;
    const lines = [
      `## EXPLAIN (ANALYZE, BUFFERS) of the search mix: ${values.label}`,
      '',
      `- ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${n.toLocaleString('en-US')} published researchers; ` +
        `${cpus().length} cores, load average ${loadAverage(loadavg())}; the last of ${runs} runs of each statement.`,
      '',
    ];
    for (const query of QUERY_MIX) {
      const statements = search.explainable(
        { ...query.variables, filter: query.variables.filter as never, orderBy: ResearcherOrder.RELEVANCE },
        { page: true, totalCount: true, facets: query.facets },
      );
      for (const [part, statement] of statements) {
        let plan = '';
        for (let i = 0; i < runs; i++) {
          const result = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, statement.params as unknown[]);
          plan = result.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
        }
        const time = /Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? '?';
        process.stdout.write(`${query.kind.padEnd(28)} ${part.padEnd(8)} ${time} ms\n`);
        lines.push(`### ${query.kind} (${query.label}): ${part}, ${time} ms`, '', '```', plan, '```', '');
      }
    }
    const file = join(ROOT, 'bench', 'results', `explain-${values.label}-${new Date().toISOString().slice(0, 16).replace(':', '')}.md`);
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(file, lines.join('\n'));
    process.stdout.write(`Written to ${relative(ROOT, file)}\n`);
  } finally {
    await client.end();
    await dataSource.destroy();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  },
);
