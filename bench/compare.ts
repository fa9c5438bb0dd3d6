import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { seedDemoResearchers } from '../src/seed/demo-seeder';
import { seedReferenceData } from '../src/seed/reference-data.seeder';
import { createBenchDatabase, type BenchDatabase } from './bench-database';
import { loadAverage, thousands } from './bench-tools';

const ROOT = join(__dirname, '..');
const USAGE = 'npm run bench:compare [-- --researchers 100000 --connections 8 --duration 20 --database-url postgres://…/seeded_db]';

const TERMS = [
  { kind: 'common term', q: 'opplæring' },
  { kind: 'rare term', q: 'cøliaki' },
];

// The same answer from both: 20 hits (name, title, organisation, highlight), the count and the facets.
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

interface Server {
  name: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  request: (q: string) => { path: string; method: 'GET' | 'POST'; headers: Record<string, string>; body?: string };
  port: number;
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
}

/**
 * `npm run bench:compare`: this app against a hand-written Fastify 5 + pg search server
 * (bench/baseline-server.ts) on the same database, both as their own processes, with
 * autocannon at 8 connections on a common and a rare word. Figures, not assertions.
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
  try {
    servers.push(await startApp(url, dataDir), await startBaseline(url, dataDir));
    const rows: Row[] = [];
    for (const term of TERMS) {
      for (const server of term.kind === 'rare term' ? [...servers].reverse() : servers) {
        const hits = await check(server, term.q);
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
    request: (q) => ({
      path: '/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: GRAPHQL, variables: { q } }),
    }),
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
  };
}

/** One request, checked: the number of hits. */
async function check(server: Server, q: string): Promise<number> {
  const r = server.request(q);
  const res = await fetch(`http://127.0.0.1:${server.port}${r.path}`, { method: r.method, headers: r.headers, body: r.body });
  const body = (await res.json()) as Record<string, any>;
  if (!res.ok || body.errors) throw new Error(`${server.name} answered ${res.status}: ${JSON.stringify(body).slice(0, 500)}`);
  const answer = body.data?.researchers ?? body;
  if (answer.totalCount < 1 || !Array.isArray(answer.edges ?? answer.hits)) throw new Error(`${server.name}: no hits for ${q}`);
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
  run: { researchers: number; connections: number; duration: number; loadAtStart: number[]; loadAtEnd: number[]; command: string },
): string {
  const cpu = cpus();
  const lines = [
    `## This project against a hand-written Fastify + pg server, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `- Command: \`${run.command}\``,
    `- ${thousands(run.researchers)} published researchers; PostgreSQL shared by both servers; each server its own process ` +
      `(this project: \`NODE_ENV=production\`, \`LOG_LEVEL=info\`, pool 10; the peer: Fastify 5, pg pool 10, one statement per request).`,
    `- Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}; load average (1/5/15 min) ` +
      `${loadAverage(run.loadAtStart)} at start, ${loadAverage(run.loadAtEnd)} at end (servers, database and autocannon share the cores).`,
    `- Method: autocannon, ${run.connections} connections, ${run.duration} s per line after a warm-up; every answer has 20 hits, the count and the five facets.`,
    '',
    '| search | server | hits | requests/s | p50 ms | p99 ms | errors | this project / peer (req/s) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const peer = rows.find((r) => r.kind === row.kind && r.server !== row.server);
    const ratio = row.server.startsWith('this') && peer ? (row.rps / peer.rps).toFixed(2) : '';
    lines.push(
      `| ${row.kind} \`${row.q}\` | ${row.server} | ${thousands(row.hits)} | ${row.rps.toFixed(1)} | ${row.p50} | ${row.p99} | ${row.errors} | ${ratio} |`,
    );
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
