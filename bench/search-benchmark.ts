import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Pool, type PoolConfig } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { configureApp } from '../src/app.setup';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { seedDemoResearchers } from '../src/seed/demo-seeder';
import { computeStats, SearchService, type StatementRunner } from '../src/search/search.service';
import { ResearcherOrder } from '../src/search/types/researcher-order.enum';
import { createBenchDatabase, type BenchDatabase } from './bench-database';
import {
  GraphQLClient,
  loadAverage,
  megabytes,
  ms,
  percentile,
  recordStatements,
  sameStatement,
  type Statement,
  thousands,
  timed,
} from './bench-tools';
import { QUERY_MIX, type BenchQuery } from './search-queries';

const ROOT = join(__dirname, '..');
const USAGE = 'npm run bench:search [-- --sizes 10000,100000 --runs 200 --warmup 20 --max-seconds 15]';

interface Options {
  sizes: number[];
  runs: number;
  warmup: number;
  maxSeconds: number;
}

interface Measured {
  query: BenchQuery;
  hits: number;
  firstHit: string | null;
  statements: number;
  runs: number;
  gql: { p50: number; p95: number };
  sql: { p50: number; p95: number };
}

interface SizeReport {
  researchers: number;
  seedSeconds: number;
  databaseBytes: number;
  searchBytes: number;
  rows: Measured[];
}

/**
 * `npm run bench:search`: latency of the directory search through GraphQL over HTTP and of the
 * same SQL run directly, at 10,000 and 100,000 demo researchers, on a database of its own.
 * Figures, not assertions: it prints a markdown table and writes it to bench/results/.
 */
async function main(): Promise<void> {
  const options = readOptions();
  const started = performance.now();
  const loadAtStart = loadavg();
  const log = (line: string) => process.stdout.write(`${line}\n`);
  log(`Load average at start (1/5/15 min): ${loadAverage(loadAtStart)} on ${cpus().length} cores`);

  const database = await createBenchDatabase(log);
  log(`Database: ${database.embedded ? '' : 'PostgreSQL at '}${database.description}`);
  let app: INestApplication | null = null;
  let pool: Pool | null = null;
  let client: GraphQLClient | null = null;
  const cleanUp = async () => {
    client?.close();
    await pool?.end().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await database.drop();
  };
  const interrupted = () => {
    log('Interrupted: dropping the benchmark database.');
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  try {
    const poolSize = database.embedded ? 4 : 10;
    app = await startApp(database, poolSize);
    const port = (app.getHttpServer().address() as { port: number }).port;
    const dataSource = app.get(DataSource);
    client = new GraphQLClient(port);
    // The app's own connection settings (pool size, statement timeout, session options).
    const { extra } = buildDataSourceOptions({ url: database.url, embedded: database.embedded, poolSize }) as { extra: PoolConfig };
    pool = new Pool({ ...extra, connectionString: database.url, application_name: 'kk-bench-sql' });
    const serverVersion = (await dataSource.query(`SELECT current_setting('server_version') AS v`))[0].v as string;
    log(`App listening on 127.0.0.1:${port} (migrations applied, reference data seeded)`);

    const reports: SizeReport[] = [];
    for (const size of options.sizes) {
      const seedSeconds = await seedTo(dataSource, size, log);
      const sizes = await dataSize(dataSource);
      log(`${thousands(sizes.researchers)} researchers; database ${megabytes(sizes.databaseBytes)}, researcher_search ${megabytes(sizes.searchBytes)} with indexes`);
      const rows: Measured[] = [];
      for (const query of QUERY_MIX) {
        const row = await measure(app, dataSource, client, pool, query, options);
        log(`  ${query.kind.padEnd(28)} GraphQL p50 ${ms(row.gql.p50)} p95 ${ms(row.gql.p95)} | SQL p50 ${ms(row.sql.p50)} p95 ${ms(row.sql.p95)} ms (${row.runs} runs)`);
        rows.push(row);
      }
      reports.push({ ...sizes, seedSeconds, rows });
    }

    const loadAtEnd = loadavg();
    const markdown = report(reports, {
      database: database.embedded ? database.description : `PostgreSQL ${serverVersion} at ${database.description}`,
      commandPrefix: database.commandPrefix,
      loadAtStart,
      loadAtEnd,
      options,
      seconds: (performance.now() - started) / 1000,
    });
    const file = join(ROOT, 'bench', 'results', `search-${new Date().toISOString().slice(0, 16).replace(':', '')}.md`);
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(file, markdown);
    log(`\n${markdown}`);
    log(`Written to ${relative(ROOT, file)}`);
  } finally {
    await cleanUp();
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  }
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,100000' },
      runs: { type: 'string', default: '200' },
      warmup: { type: 'string', default: '20' },
      'max-seconds': { type: 'string', default: '15' },
    },
  });
  const int = (value: string, min: number) => {
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < min) throw new Error(`Expected a whole number >= ${min}, got "${value}". Usage: ${USAGE}`);
    return n;
  };
  const sizes = values.sizes.split(',').map((s) => int(s.trim(), 1));
  if (sizes.some((s, i) => i > 0 && s <= sizes[i - 1])) throw new Error(`--sizes must grow: ${USAGE}`);
  return { sizes, runs: int(values.runs, 1), warmup: int(values.warmup, 0), maxSeconds: int(values['max-seconds'], 1) };
}

/** The real app (AppModule, as main.ts builds it) on loopback, with migrations run at start-up. */
async function startApp(database: BenchDatabase, poolSize: number): Promise<INestApplication> {
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_SIZE = String(poolSize);
  // Per-request log lines would bury the report; everything else is as in production.
  process.env.LOG_LEVEL = 'warn';
  // Kept in memory: the benchmark writes no secret to DATA_DIR.
  process.env.JWT_SECRET = randomBytes(32).toString('hex');
  const app = configureApp(await NestFactory.create(AppModule, { logger: ['error', 'warn'] }));
  await app.listen(0, '127.0.0.1');
  return app;
}

/** Adds demo researchers (src/seed/demo-seeder.ts) until there are `size`. */
async function seedTo(dataSource: DataSource, size: number, log: (line: string) => void): Promise<number> {
  const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM researcher`);
  const started = performance.now();
  log(`Seeding ${thousands(size - n)} demo researchers (to ${thousands(size)})...`);
  await seedDemoResearchers(dataSource, size - n);
  const seconds = (performance.now() - started) / 1000;
  // The seeder writes each search row once and ends with VACUUM (ANALYZE) of what it filled.
  log(`  seeded in ${seconds.toFixed(1)} s (VACUUM ANALYZE included)`);
  return seconds;
}

async function dataSize(dataSource: DataSource) {
  const [row] = await dataSource.query(`
    SELECT (SELECT count(*)::int FROM researcher_search) AS researchers,
           pg_database_size(current_database())::bigint AS "databaseBytes",
           pg_total_relation_size('public.researcher_search')::bigint AS "searchBytes"`);
  return { researchers: Number(row.researchers), databaseBytes: Number(row.databaseBytes), searchBytes: Number(row.searchBytes) };
}

/**
 * Times one query of the mix both ways, alternating which goes first. The SQL side runs the
 * statements SearchService.plan() builds for the request, checked against what the app sent,
 * plus the DataLoader statements the request ran, with the same overlap as in the app: the
 * count (or facets) beside the page, the loaders once the page is back.
 */
async function measure(
  app: INestApplication,
  dataSource: DataSource,
  client: GraphQLClient,
  pool: Pool,
  query: BenchQuery,
  options: Options,
): Promise<Measured> {
  const body = JSON.stringify({ query: query.document, variables: query.variables });
  const { result: answer, statements: recorded } = await recordStatements(dataSource, () => client.post(body));
  const connection = answer.data.researchers;

  const plan = app.get(SearchService).plan(
    { ...query.variables, filter: query.variables.filter as never, orderBy: ResearcherOrder.RELEVANCE },
    { page: true, totalCount: true, facets: query.facets },
  );
  const page = plan.page;
  const statsStatement = plan.facets ?? plan.count;
  if (!page || !statsStatement) throw new Error(`${query.kind}: the plan has no page or count statement`);
  // What the service ran for the count and facets (a second, estimating statement for a large count).
  const statsStatements: Statement[] = [];
  await computeStats(plan, async <T>(s: Statement) => {
    statsStatements.push(s);
    return (await pool.query(s.sql, s.params as unknown[])).rows as T[];
  });
  const others = recorded.filter((s) => !/^SELECT version::text AS v FROM public\.search_state$/.test(s.sql.trim()));
  for (const planned of [page, ...statsStatements]) {
    const at = others.findIndex((s) => sameStatement(s, planned));
    if (at < 0) throw new Error(`${query.kind}: the app did not run the planned statement:\n${planned.sql}`);
    others.splice(at, 1);
  }

  const run = (s: Statement) => pool.query(s.sql, s.params as unknown[]);
  const runner: StatementRunner = async <T>(s: Statement) => (await run(s)).rows as T[];
  // The count and facets as the service computes them (a count above the exact limit is
  // estimated by a second statement), without its cache: what a change costs.
  const sql = async () => {
    const statsDone = computeStats(plan, runner);
    statsDone.catch(() => undefined);
    const pageRows = await run(page);
    const [, ...rest] = await Promise.all([statsDone, ...others.map(run)]);
    return { pageRows: pageRows.rows, stats: (await statsDone).value, rest };
  };
  const check = await sql();
  const total = check.stats.total;
  if (total !== connection.totalCount || Math.min(check.pageRows.length, plan.first) !== connection.edges.length) {
    throw new Error(`${query.kind}: SQL and GraphQL disagree (${total} vs ${connection.totalCount} hits)`);
  }
  const gql = () => client.post(body);

  for (let i = 0; i < options.warmup; i++) {
    await gql();
    await sql();
  }
  const gqlTimes: number[] = [];
  const sqlTimes: number[] = [];
  const deadline = performance.now() + options.maxSeconds * 1000;
  for (let i = 0; i < options.runs && performance.now() < deadline; i++) {
    if (i % 2 === 0) {
      gqlTimes.push(await timed(gql));
      sqlTimes.push(await timed(sql));
    } else {
      sqlTimes.push(await timed(sql));
      gqlTimes.push(await timed(gql));
    }
  }
  return {
    query,
    hits: connection.totalCount,
    firstHit: connection.edges[0]?.node.fullName ?? null,
    statements: recorded.length,
    runs: gqlTimes.length,
    gql: { p50: percentile(gqlTimes, 50), p95: percentile(gqlTimes, 95) },
    sql: { p50: percentile(sqlTimes, 50), p95: percentile(sqlTimes, 95) },
  };
}

function report(
  sizes: SizeReport[],
  run: { database: string; commandPrefix: string; loadAtStart: number[]; loadAtEnd: number[]; options: Options; seconds: number },
): string {
  const cpu = cpus();
  const { options } = run;
  const lines = [
    `## Search benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `- Command: \`${run.commandPrefix}npm run bench:search\`` +
      (options.sizes.join() === '10000,100000' && options.runs === 200 ? '' : ` (options: ${JSON.stringify(options)})`),
    `- Database: ${run.database} (created for the run, dropped after it)`,
    `- Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}; load average (1/5/15 min) ${loadAverage(run.loadAtStart)} at start, ${loadAverage(run.loadAtEnd)} at end; run took ${run.seconds.toFixed(0)} s`,
    `- Method: one client, sequential. Per query ${options.warmup} warm-up runs, then up to ${options.runs} runs (at most ${options.maxSeconds} s) of each side, alternating which goes first. ` +
      'Data: the demo seeder (search rows written once, VACUUM (ANALYZE) at its end; nothing else). ' +
      'GraphQL: POST /graphql over loopback HTTP (keep-alive) to the app running in the benchmark process (LOG_LEVEL=warn). ' +
      "SQL: the statements and parameters the service ran for that request (SearchService.plan() and computeStats(), checked against the app's, plus the DataLoader statements recorded from it), " +
      'through `pg` with the same overlap as in the app, never cached: what answering costs when the catalogue has just changed. ' +
      'The GraphQL side is the app as it runs, so repeated searches whose ranking or counting reads 1,000 rows or more are served from its short cache (checked against the search version). ' +
      'Times in ms, nearest-rank percentiles.',
    '',
  ];
  for (const size of sizes) {
    lines.push(
      `### ${thousands(size.researchers)} researchers`,
      '',
      `Database ${megabytes(size.databaseBytes)}, of which researcher_search ${megabytes(size.searchBytes)} with its indexes; seeding took ${size.seedSeconds.toFixed(1)} s.`,
      '',
      '| query | search | hits | SQL statements | GraphQL p50 | GraphQL p95 | SQL p50 | SQL p95 | GraphQL/SQL p50 | runs |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const r of size.rows) {
      lines.push(
        `| ${r.query.kind} | ${r.query.label} | ${thousands(r.hits)} | ${r.statements} | ${ms(r.gql.p50)} | ${ms(r.gql.p95)} | ${ms(r.sql.p50)} | ${ms(r.sql.p95)} | ${(r.gql.p50 / r.sql.p50).toFixed(2)} | ${r.runs} |`,
      );
    }
    const misspelt = size.rows.find((r) => r.query.kind === 'misspelt name');
    if (misspelt) lines.push('', `First hit for the misspelt name: ${misspelt.firstHit ?? '(none)'}.`);
    lines.push('');
  }
  return lines.join('\n');
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  },
);
