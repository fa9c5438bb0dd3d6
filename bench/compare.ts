import 'reflect-metadata';
import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { seedDemoResearchers } from '../src/seed/demo-seeder';
import { seedReferenceData } from '../src/seed/reference-data.seeder';
import { createBenchDatabase, type BenchDatabase } from './bench-database';
import { loadAverage, thousands } from './bench-tools';

const ROOT = join(__dirname, '..');
const POSTGRAPHILE_DIR = join(ROOT, 'bench', 'peers', 'postgraphile');
/** PostGraphile 5 needs Node >=22: its peer runs on this one, from the registry's `node` package (as .ci/run does). */
const PEER_NODE = '24.21.0';
const USAGE = 'npm run bench:compare [-- --researchers 100000 --connections 8 --duration 20 --database-url postgres://…/seeded_db]';

const TERMS = [
  { kind: 'common term', q: 'opplæring' },
  { kind: 'rare term', q: 'cøliaki' },
];

// The same answer from all three: 20 hits (name, title, organisation, highlight), the count and the facets.
const GRAPHQL = `query Compare($q: String) {
  researchers(query: $q, first: 20) {
    totalCount
    edges { highlight node { id slug fullName title organization { name } } }
    facets {
      competenceAreas { value label count } networks { value label count }
      regions { value count } degrees { value count } languages { value count }
    }
  }
}`;

// PostGraphile's shape of the same answer (bench/peers/postgraphile/schema.sql): the page is a
// connection with totalCount, the facets one JSON value.
const POSTGRAPHILE_GRAPHQL = `query Compare($q: String) {
  search(q: $q, first: 20) {
    totalCount
    nodes { rowId slug fullName title organizationName highlight }
  }
  searchFacets(q: $q)
}`;

interface Answer {
  totalCount: number;
  hits: unknown[];
  facets: Record<string, unknown>;
}

interface Server {
  name: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  request: (q: string) => { path: string; method: 'GET' | 'POST'; headers: Record<string, string>; body?: string };
  /** The page, count and facets out of a parsed answer. */
  answer: (body: Record<string, any>) => Answer;
  port: number;
}

/** A POST of `query` to /graphql with the search words as `$q`. */
function graphqlPost(query: string): Server['request'] {
  return (q) => ({
    path: '/graphql',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables: { q } }),
  });
}

/** A server that could not be started: its rows say why, the others run. */
interface Missing {
  name: string;
  failure: string;
}

interface Row {
  kind: string;
  q: string;
  server: string;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  hits: number;
  /** Why this server has no figures for this search. */
  failure?: string;
}

/**
 * `npm run bench:compare`: this app against two peers on the same database, each its own
 * process: a hand-written Fastify 5 + pg search server (bench/baseline-server.ts) and
 * PostGraphile 5 (bench/peers/postgraphile: its own package.json and lock, installed on demand
 * with `npm ci`, run on Node 24 from the registry's `node` package because PostGraphile 5 needs
 * Node >=22; the Fastify peer's SQL as functions in the schema `bench_peer`, which this creates
 * in the bench database). autocannon at 8 connections on a common and a rare word, after
 * checking that every server answers 20 hits and the same count. Figures, not assertions; a
 * peer that cannot be installed or started gets rows saying why, and the rest still runs.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      researchers: { type: 'string', default: '100000' },
      connections: { type: 'string', default: '8' },
      duration: { type: 'string', default: '20' },
      warmup: { type: 'string', default: '5' },
      'database-url': { type: 'string' },
    },
  });
  const researchers = Number(values.researchers);
  const connections = Number(values.connections);
  const duration = Number(values.duration);
  const warmup = Number(values.warmup);
  if (![researchers, connections, duration, warmup].every((n) => Number.isSafeInteger(n) && n >= 0)) throw new Error(USAGE);
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const loadAtStart = loadavg();
  log(`Load average at start: ${loadAverage(loadAtStart)} on ${cpus().length} cores`);

  let database: BenchDatabase | null = null;
  let url = values['database-url'];
  if (!url) {
    database = await createBenchDatabase(log);
    if (database.embedded) throw new Error('bench:compare needs PostgreSQL (the peer connects with pg): set BENCH_DATABASE_URL');
    url = database.url;
    await prepare(url, researchers, log);
  } else {
    log(`Using ${url} as it is (migrated and seeded)`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'kk-compare-'));
  const servers: Server[] = [];
  const missing: Missing[] = [];
  try {
    servers.push(await startApp(url, dataDir), await startBaseline(url, dataDir));
    const postgraphile = await startPostGraphile(url, dataDir, log);
    if ('failure' in postgraphile) {
      log(`PostGraphile not run: ${postgraphile.failure}`);
      missing.push(postgraphile);
    } else {
      servers.push(postgraphile);
    }
    const rows: Row[] = [];
    for (const term of TERMS) {
      const failed = new Map<string, string>();
      const counts = new Map<Server, number>();
      for (const server of servers) {
        try {
          counts.set(server, await check(server, term.q));
        } catch (err) {
          if (server === servers[0]) throw err;
          failed.set(server.name, err instanceof Error ? err.message : String(err));
        }
      }
      const expected = counts.get(servers[0]);
      for (const [server, count] of counts) {
        if (count !== expected) failed.set(server.name, `count ${count}, this project ${expected}`);
      }
      for (const { name, failure } of missing) failed.set(name, failure);
      for (const [name, failure] of failed) {
        log(`${term.kind.padEnd(12)} ${name.padEnd(22)} not measured: ${failure}`);
        rows.push({ kind: term.kind, q: term.q, server: name, rps: 0, p50: 0, p99: 0, requests: 0, errors: 0, hits: 0, failure });
      }
      for (const server of term.kind === 'rare term' ? [...servers].reverse() : servers) {
        if (failed.has(server.name)) continue;
        const hits = counts.get(server) ?? 0;
        if (warmup > 0) await cannon(server, term.q, connections, warmup);
        const result = await cannon(server, term.q, connections, duration);
        const row: Row = {
          kind: term.kind,
          q: term.q,
          server: server.name,
          rps: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          requests: result.requests.total,
          errors: result.errors + result.timeouts + result.non2xx,
          hits,
        };
        log(`${term.kind.padEnd(12)} ${server.name.padEnd(22)} ${row.rps.toFixed(1)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, ${row.errors} errors`);
        rows.push(row);
      }
    }
    const markdown = report(rows, {
      researchers: await countResearchers(url),
      connections,
      duration,
      loadAtStart,
      loadAtEnd: loadavg(),
      commit: commitOf(),
      command: `npm run bench:compare -- --connections ${connections} --duration ${duration}${values['database-url'] ? ' --database-url …' : ` --researchers ${researchers}`}`,
    });
    const file = join(ROOT, 'bench', 'results', `compare-${new Date().toISOString().slice(0, 16).replace(':', '')}.md`);
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(file, markdown);
    log(`\n${markdown}\nWritten to ${relative(ROOT, file)}`);
  } finally {
    for (const server of servers) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
  }
}

async function prepare(url: string, researchers: number, log: (line: string) => void): Promise<void> {
  const dataSource = new DataSource(buildDataSourceOptions({ url, embedded: false, applicationName: 'kk-bench-seed', statementTimeoutMs: 1_800_000 }));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.transaction((tx) => seedReferenceData(tx));
    const result = await seedDemoResearchers(dataSource, researchers, { seed: 42 });
    log(`Seeded ${thousands(result.inserted)} researchers in ${(result.milliseconds / 1000).toFixed(1)} s (VACUUM ANALYZE included)`);
  } finally {
    await dataSource.destroy();
  }
}

async function countResearchers(url: string): Promise<number> {
  const dataSource = new DataSource(buildDataSourceOptions({ url, embedded: false, applicationName: 'kk-bench' }));
  await dataSource.initialize();
  try {
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM researcher_search`);
    return n;
  } finally {
    await dataSource.destroy();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function spawnTs(script: string, env: Record<string, string>, logFile: string): { child: ChildProcess; exited: Promise<number | null> } {
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, ['-r', 'ts-node/register', script], {
    cwd: ROOT,
    stdio: ['ignore', out, out],
    env: { ...process.env, TS_NODE_SWC: 'true', ...env },
  });
  return { child, exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

async function startApp(databaseUrl: string, dataDir: string): Promise<Server> {
  const port = await freePort();
  const { child, exited } = spawnTs(
    'src/main.ts',
    {
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'info',
      DATA_DIR: dataDir,
    },
    join(dataDir, 'app.log'),
  );
  await waitFor(`http://127.0.0.1:${port}/health/ready`, 180_000);
  return {
    name: 'this project (GraphQL)',
    child,
    exited,
    port,
    request: graphqlPost(GRAPHQL),
    answer: (body) => {
      const r = body.data?.researchers;
      return { totalCount: r?.totalCount, hits: r?.edges, facets: r?.facets };
    },
  };
}

async function startBaseline(databaseUrl: string, dataDir: string): Promise<Server> {
  const port = await freePort();
  const { child, exited } = spawnTs('bench/baseline-server.ts', { PORT: String(port), DATABASE_URL: databaseUrl }, join(dataDir, 'baseline.log'));
  await waitFor(`http://127.0.0.1:${port}/health`, 60_000);
  return {
    name: 'Fastify + pg',
    child,
    exited,
    port,
    request: (q) => ({ path: `/search?q=${encodeURIComponent(q)}&first=20`, method: 'GET', headers: {} }),
    answer: (body) => ({ totalCount: body.totalCount, hits: body.hits, facets: body.facets }),
  };
}

/**
 * The PostGraphile peer, or why it could not be started: its schema `bench_peer` in the bench
 * database, its folder installed from its lock if it is not yet, Node 24 from the registry.
 */
async function startPostGraphile(databaseUrl: string, dataDir: string, log: (line: string) => void): Promise<Server | Missing> {
  const name = 'PostGraphile 5';
  const logFile = join(dataDir, 'postgraphile.log');
  let child: ChildProcess | undefined;
  try {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query(readFileSync(join(POSTGRAPHILE_DIR, 'schema.sql'), 'utf8'));
    } finally {
      await client.end();
    }
    if (!existsSync(join(POSTGRAPHILE_DIR, 'node_modules'))) {
      log(`Installing ${relative(ROOT, POSTGRAPHILE_DIR)} (npm ci)`);
      const install = spawnSync('npm', ['ci', '--prefix', POSTGRAPHILE_DIR, '--no-audit', '--no-fund'], { cwd: ROOT, encoding: 'utf8' });
      if (install.status !== 0) throw new Error(`npm ci failed: ${(install.stderr || install.stdout || String(install.error)).trim().slice(-300)}`);
    }
    const nodeBin = dirname(execFileSync('npx', ['-y', `node@${PEER_NODE}`, '-p', 'process.execPath'], { cwd: ROOT, encoding: 'utf8' }).trim());
    const port = await freePort();
    const out = openSync(logFile, 'a');
    child = spawn(join(nodeBin, 'node'), ['server.mjs'], {
      cwd: POSTGRAPHILE_DIR,
      stdio: ['ignore', out, out],
      env: { ...process.env, PATH: `${nodeBin}:${process.env.PATH ?? ''}`, GRAPHILE_ENV: 'production', PORT: String(port), DATABASE_URL: databaseUrl },
    });
    const started = child;
    const exited = new Promise<number | null>((resolve) => started.on('exit', (code) => resolve(code)));
    await Promise.race([
      waitFor(`http://127.0.0.1:${port}/health`, 120_000),
      exited.then((code) => Promise.reject(new Error(`exited with ${code}: ${tail(logFile)}`))),
    ]);
    return {
      name,
      child: started,
      exited,
      port,
      request: graphqlPost(POSTGRAPHILE_GRAPHQL),
      answer: (body) => ({ totalCount: body.data?.search?.totalCount, hits: body.data?.search?.nodes, facets: body.data?.searchFacets }),
    };
  } catch (err) {
    child?.kill('SIGTERM');
    return { name, failure: (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ') };
  }
}

/** The first error line of a log, else its end. */
function tail(file: string): string {
  try {
    const text = readFileSync(file, 'utf8').trim();
    return (text.split('\n').find((line) => /error/i.test(line)) ?? text.slice(-300)).trim().slice(0, 300);
  } catch {
    return '(no log)';
  }
}

function commitOf(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${head} with uncommitted changes` : head;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

const FACETS = ['competenceAreas', 'networks', 'regions', 'degrees', 'languages'];

/** One request, checked: 20 hits (or all, if fewer), the five facets; returns the count. */
async function check(server: Server, q: string): Promise<number> {
  const r = server.request(q);
  const res = await fetch(`http://127.0.0.1:${server.port}${r.path}`, { method: r.method, headers: r.headers, body: r.body });
  const body = (await res.json()) as Record<string, any>;
  if (!res.ok || body.errors) throw new Error(`${server.name} answered ${res.status}: ${JSON.stringify(body).slice(0, 500)}`);
  const answer = server.answer(body);
  if (!(answer.totalCount >= 1) || !Array.isArray(answer.hits)) throw new Error(`${server.name}: no hits for ${q}`);
  if (answer.hits.length !== Math.min(20, answer.totalCount)) throw new Error(`${server.name}: ${answer.hits.length} hits for ${q}, not 20`);
  const facets = FACETS.filter((f) => !Array.isArray(answer.facets?.[f]));
  if (facets.length > 0) throw new Error(`${server.name}: no ${facets.join(', ')} facets for ${q}`);
  return answer.totalCount;
}

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

async function cannon(server: Server, q: string, connections: number, duration: number): Promise<CannonResult> {
  const r = server.request(q);
  return await autocannon({
    url: `http://127.0.0.1:${server.port}${r.path}`,
    method: r.method,
    headers: r.headers,
    body: r.body,
    connections,
    duration,
    timeout: 20,
  });
}

function report(
  rows: Row[],
  run: { researchers: number; connections: number; duration: number; loadAtStart: number[]; loadAtEnd: number[]; command: string; commit: string },
): string {
  const cpu = cpus();
  const lines = [
    `## This project against PostGraphile 5 and a hand-written Fastify + pg server, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `- Command: \`${run.command}\``,
    `- Code: ${run.commit}.`,
    `- ${thousands(run.researchers)} published researchers; PostgreSQL shared by the three servers; each server its own process ` +
      `(this project: \`NODE_ENV=production\`, \`LOG_LEVEL=info\`, pool 10; Fastify 5, pg pool 10, one statement per request; ` +
      `PostGraphile 5.1.5, amber preset, grafserv on node:http, pool 10, on Node ${PEER_NODE}, the Fastify peer's SQL as functions in \`bench_peer\`).`,
    `- Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}; load average (1/5/15 min) ` +
      `${loadAverage(run.loadAtStart)} at start, ${loadAverage(run.loadAtEnd)} at end (servers, database and autocannon share the cores).`,
    `- Method: autocannon, ${run.connections} connections, ${run.duration} s per line after a warm-up; every answer checked first: 20 hits, ` +
      'the same count from every server, the five facets.',
    '',
    '| search | server | count | requests/s | p50 ms | p99 ms | errors | this project / server (req/s) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const ratio = (row: Row): number | null => {
    const own = rows.find((r) => r.kind === row.kind && r.server.startsWith('this') && !r.failure);
    return own && !row.failure && row.rps > 0 ? own.rps / row.rps : null;
  };
  for (const row of rows) {
    if (row.failure) {
      lines.push(`| ${row.kind} \`${row.q}\` | ${row.server} | | | | | | not measured: ${row.failure.replace(/\|/g, '/')} |`);
      continue;
    }
    const r = row.server.startsWith('this') ? null : ratio(row);
    lines.push(
      `| ${row.kind} \`${row.q}\` | ${row.server} | ${thousands(row.hits)} | ${row.rps.toFixed(1)} | ${row.p50} | ${row.p99} | ${row.errors} | ${r === null ? '' : r.toFixed(2)} |`,
    );
  }
  lines.push('', '| search | this project / PostGraphile (aim ≥ 2) | this project / Fastify + pg (aim ≥ 0.8) |', '| --- | ---: | ---: |');
  for (const kind of [...new Set(rows.map((r) => r.kind))]) {
    const cell = (server: string, aim: number): string => {
      const row = rows.find((r) => r.kind === kind && r.server.startsWith(server));
      if (row && !row.failure && row.requests === 0) return 'no request of it completed';
      const r = row ? ratio(row) : null;
      return r === null ? 'not measured' : `${r.toFixed(2)} (${r >= aim ? 'met' : 'missed'})`;
    };
    lines.push(`| ${kind} \`${rows.find((r) => r.kind === kind)?.q}\` | ${cell('PostGraphile', 2)} | ${cell('Fastify', 0.8)} |`);
  }
  return `${lines.join('\n')}\n`;
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  },
);
