/**
 * `npm run bench:load [-- --connections 8,32 --duration 35 --researchers 100000 --mode single|two]`
 *
 * `--mode two`: two app instances behind a small round-robin balancer on loopback, reads on a
 * streaming replica of the private cluster (pg_basebackup), rate limits in Redis (REDIS_URL,
 * default 127.0.0.1:6379); halfway through each run one instance is killed (SIGKILL) instead
 * of the database being restarted, and the other must keep serving.
 *
 * Load harness: a private PostgreSQL 15 cluster (initdb + pg_ctl in a temporary folder, on a
 * free port; the shared server is never touched), 100,000 demo researchers, the app as a
 * real process (NODE_ENV=production) on loopback, and autocannon sending a read-heavy mix
 * (searches, profile lookups, network member lists) alongside profile edits from many
 * accounts. Halfway through each run the database is restarted (pg_ctl restart -m fast).
 * Reports requests/s, p50/p99 latency, errors by code (and failures outside the restart
 * window), then checks that every edit a client was told succeeded is in the database.
 *
 * Edit accounts are made directly in the database and their access tokens signed with the
 * JWT_SECRET the app is given: logging in over HTTP would meet the per-IP login throttles
 * (all clients here are 127.0.0.1), and would measure argon2 instead of the service.
 */
import 'reflect-metadata';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest, createServer as createHttpServer, type Server } from 'node:http';
import { loadavg, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ACCESS_TOKEN } from '../src/auth/jwt-options';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { seedDemoResearchers } from '../src/seed/demo-seeder';
import { seedReferenceData } from '../src/seed/reference-data.seeder';
import { CpuMeter } from './lib/cpu-meter';
import { freePort, PrivateCluster } from './lib/private-cluster';

const ROOT = join(__dirname, '..');

const { values: args } = parseArgs({
  options: {
    connections: { type: 'string', default: '8,32' },
    duration: { type: 'string', default: '35' },
    researchers: { type: 'string', default: '100000' },
    editors: { type: 'string', default: '256' },
    // 'two': two app instances behind a balancer, a primary and a streaming replica, Redis.
    mode: { type: 'string', default: 'single' },
    // Prints the statements that took most of the database's time in each run (pg_stat_statements).
    statements: { type: 'boolean', default: false },
    // Node options for the app instances only; the default is what `npm start` and the Dockerfile give.
    'app-node-options': { type: 'string', default: '--max-old-space-size=288' },
  },
});
const TWO = args.mode === 'two';
if (!['single', 'two'].includes(args.mode)) throw new Error('--mode must be single or two');
const CLUSTER_SETTINGS =
  '-c max_connections=60 -c shared_buffers=128MB -c fsync=on' +
  (args.statements ? ' -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all' : '');
const CONNECTIONS = args.connections.split(',').map(Number);
const DURATION_S = Number(args.duration);
const RESEARCHERS = Number(args.researchers);
const EDITORS = Number(args.editors);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (msg: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${msg}`);

function signAccessToken(secret: string, accountId: string, sessionId: string, tokenVersion: number, ttlSeconds: number): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const head = b64({ alg: ACCESS_TOKEN.algorithm, typ: 'JWT' });
  const body = b64({ sub: accountId, sid: sessionId, ver: tokenVersion, iat: now, exp: now + ttlSeconds, iss: ACCESS_TOKEN.issuer, aud: ACCESS_TOKEN.audience });
  const signature = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${signature}`;
}

interface Editor {
  accountId: string;
  researcherId: string;
  token: string;
  version: number;
  seq: number;
  acked: string[];
  attempted: string[];
}

async function prepareData(url: string): Promise<void> {
  const dataSource = new DataSource(buildDataSourceOptions({ url, embedded: false, applicationName: 'kk-bench-seed', statementTimeoutMs: 600_000 }));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.transaction((tx) => seedReferenceData(tx));
    const result = await seedDemoResearchers(dataSource, RESEARCHERS, { seed: 42 });
    log(`seeded ${result.inserted} researchers (${result.memberships} memberships) in ${(result.milliseconds / 1000).toFixed(1)} s`);
    await dataSource.query('ANALYZE');
  } finally {
    await dataSource.destroy();
  }
}

/** Gives EDITORS demo profiles an account each (no password that works), for the edits. */
async function makeEditors(db: Client, secret: string): Promise<Editor[]> {
  const { rows } = await db.query<{ id: string; version: number }>(
    `SELECT id, version FROM researcher WHERE account_id IS NULL AND status = 'PUBLISHED' ORDER BY id LIMIT $1`,
    [EDITORS],
  );
  const editors: Editor[] = [];
  for (const [i, r] of rows.entries()) {
    const { rows: acc } = await db.query<{ id: string; token_version: number }>(
      `INSERT INTO account (email, password_hash, email_verified_at) VALUES ($1, '!bench', now()) RETURNING id, token_version`,
      [`bench-${i}-${randomBytes(3).toString('hex')}@example.no`],
    );
    await db.query('UPDATE researcher SET account_id = $1 WHERE id = $2', [acc[0].id, r.id]);
    // Access tokens name a live session (a refresh-token family) since signing out ends them.
    const { rows: session } = await db.query<{ family_id: string }>(
      `INSERT INTO refresh_token (account_id, family_id, token_hash, expires_at)
       VALUES ($1, gen_random_uuid(), $2, now() + interval '1 day') RETURNING family_id`,
      [acc[0].id, randomBytes(32).toString('hex')],
    );
    editors.push({
      accountId: acc[0].id,
      researcherId: r.id,
      token: signAccessToken(secret, acc[0].id, session[0].family_id, acc[0].token_version, ACCESS_TOKEN.ttlSeconds),
      version: r.version,
      seq: 0,
      acked: [],
      attempted: [],
    });
  }
  return editors;
}

type App = { child: ChildProcess; exited: Promise<number | null> };

function startApp(databaseUrl: string, port: number, secret: string, logFile: string, dataDir: string, extraEnv: Record<string, string> = {}): App {
  const out = openSync(logFile, 'a');
  // The compiled app, as `npm start` runs it: ts-node's compiler would add to its memory.
  const nodeOptions = args['app-node-options'].split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeOptions, 'dist/src/main.js'], {
    cwd: ROOT,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      JWT_SECRET: secret,
      LOG_LEVEL: 'info',
      DATA_DIR: dataDir,
      ...extraEnv,
    },
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited };
}

/** Largest resident set (MB) of each process, sampled every 200 ms until stopped. */
function sampleRss(pids: number[]): () => number[] {
  const peak = pids.map(() => 0);
  const timer = setInterval(() => {
    pids.forEach((pid, i) => {
      try {
        const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
        peak[i] = Math.max(peak[i], Math.round(kb / 1024));
      } catch {
        // the process is gone (killed on purpose in the two-instance mode)
      }
    });
  }, 200);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

async function waitReady(url: string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await fetch(`${url}/health/ready`).then((r) => r.ok, () => false)) return Date.now();
    await sleep(100);
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms`);
}

/**
 * A small round-robin balancer on loopback (what nginx or a cloud balancer does in front of
 * the instances): a backend that refuses connections is left out for two seconds and the
 * request goes to the next one. Only a refused connection is retried (the request never
 * reached an app); a connection that breaks after sending gets a 502, as from a real balancer.
 */
function startBalancer(port: number, backends: string[]): Promise<Server> {
  const downUntil = new Map<string, number>();
  let next = 0;
  const server = createHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const attempt = (tries: number) => {
        const now = Date.now();
        let target = backends[next++ % backends.length];
        for (let i = 0; i < backends.length && (downUntil.get(target) ?? 0) > now; i++) target = backends[next++ % backends.length];
        const { hostname, port: targetPort } = new URL(target);
        const proxied = httpRequest({ host: hostname, port: targetPort, method: req.method, path: req.url, headers: req.headers }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
        proxied.on('error', (err: NodeJS.ErrnoException) => {
          if (err.code === 'ECONNREFUSED' && tries < backends.length) {
            downUntil.set(target, Date.now() + 2_000);
            return attempt(tries + 1);
          }
          if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
          res.end('bad gateway');
        });
        proxied.end(body);
      };
      attempt(1);
    });
  });
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

const SEARCH_WORDS = ['diabetes', 'mestring', 'kols', 'pasientopplæring', 'psykisk helse', 'kreft', 'rehabilitering', 'brukermedvirkning', 'hjertesvikt', 'ungdom', 'demens', 'Hansen', 'Olsen', 'læring', 'smerte'];

const OPS = {
  search: `query Sok($q: String, $first: Int) { researchers(query: $q, first: $first) { totalCount edges { node { slug fullName title organization { name } } } } }`,
  profile: `query Profil($slug: String) { researcher(slug: $slug) { fullName title bio keywords organization { name } competenceAreas { name } memberships { network { name } role } } }`,
  members: `query Medlemmer($slug: String!, $offset: Int!) { network(slug: $slug) { name memberCount members(first: 50, offset: $offset) { role researcher { slug fullName } } } }`,
  edit: `mutation Lagre($input: ProfileInput!, $v: Int!) { updateMyProfile(input: $input, expectedVersion: $v) { title version } }`,
};

interface RunReport {
  connections: number;
  durationS: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  codes: Record<string, number>;
  failuresOutsideWindow: number;
  failures: number;
  lastFailureS: number | null;
  restart: { startMs: number; endMs: number; windowMs: number };
  edits: { acked: number; lost: number; attempted: number };
  load: { before: number[]; after: number[] };
  /** p99 of the requests neither sent nor answered during the disruption window (ms). */
  p99OutsideWindow: number | null;
  /** Peak resident memory of each app instance during the run, MB. */
  rssMb: number[];
  /** CPU milliseconds per request: the app instances, PostgreSQL (primary and replica), autocannon. */
  cpuMsPerRequest: { app: number; database: number; loadGenerator: number };
}

async function run(
  url: string,
  connections: number,
  editors: Editor[],
  slugs: string[],
  networks: string[],
  disrupt: () => void,
): Promise<Omit<RunReport, 'edits' | 'rssMb' | 'cpuMsPerRequest'>> {
  const codes: Record<string, number> = {};
  const failures: number[] = [];
  const count = (code: string) => (codes[code] = (codes[code] ?? 0) + 1);
  // An account is lent to one request at a time, so its edits happen one after another and
  // their order is known. (autocannon clears a connection's context after every request.)
  const free = [...editors];
  const lent = new Map<Editor, number>();
  const giveBack = (editor: Editor) => {
    if (lent.delete(editor)) free.push(editor);
  };
  const borrow = (): Editor | undefined => {
    const now = Date.now();
    // A request that never got an answer (client timeout) gives its account back after 30 s.
    for (const [editor, since] of lent) {
      if (now - since > 30_000) giveBack(editor);
    }
    const editor = free.splice(Math.floor(Math.random() * free.length), 1)[0];
    if (editor) lent.set(editor, now);
    return editor;
  };
  const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)];

  const started = Date.now();
  // [sent, answered] of every answered request, ms since the start: for the p99 outside the window.
  const timings: Array<[number, number]> = [];
  const restart = { startMs: 0, endMs: 0, windowMs: 0 };
  const load = { before: loadavg(), after: [] as number[] };

  const instance = autocannon({
    url,
    connections,
    duration: DURATION_S,
    timeout: 20,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        setupRequest: (req: any, context: any) => {
          const roll = Math.random();
          let body: object;
          context.edit = null;
          context.sentAt = Date.now() - started;
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (roll < 0.35) {
            body = { query: OPS.search, variables: { q: pick(SEARCH_WORDS), first: 20 } };
          } else if (roll < 0.7) {
            body = { query: OPS.profile, variables: { slug: pick(slugs) } };
          } else if (roll < 0.85 || free.length === 0) {
            body = { query: OPS.members, variables: { slug: pick(networks), offset: 50 * Math.floor(Math.random() * 20) } };
          } else {
            const editor = borrow()!;
            const title = `Forsker ${editor.researcherId.slice(0, 8)} #${++editor.seq}`;
            editor.attempted.push(title);
            context.edit = { editor, title };
            headers.authorization = `Bearer ${editor.token}`;
            body = { query: OPS.edit, variables: { input: { title }, v: editor.version } };
          }
          return { ...req, headers, body: JSON.stringify(body) };
        },
        onResponse: (status: number, body: string, context: any) => {
          timings.push([context.sentAt as number, Date.now() - started]);
          let parsed: any = null;
          try {
            parsed = JSON.parse(body);
          } catch {
            // not JSON
          }
          const errorCodes: string[] = (parsed?.errors ?? []).map((e: any) => String(e.extensions?.code ?? 'NO_CODE'));
          // Every answer but a 200 without errors is a failure, save an edit's CONFLICT (two edits
          // of one account racing is the client's business): a 401 or a rate limit would otherwise
          // pass for cheap successes and inflate the throughput.
          if (status !== 200 || errorCodes.some((c) => c !== 'CONFLICT')) {
            failures.push(Date.now());
          }
          if (status !== 200 || errorCodes.length === 0) count(`HTTP ${status}${errorCodes.length ? ` ${errorCodes[0]}` : ''}`);
          else new Set(errorCodes).forEach((c) => count(`HTTP 200 ${c}`));
          const edit = context.edit as { editor: Editor; title: string } | null;
          if (!edit) return;
          giveBack(edit.editor);
          const saved = parsed?.data?.updateMyProfile;
          if (saved && saved.title === edit.title) {
            edit.editor.acked.push(edit.title);
            edit.editor.version = saved.version;
          } else {
            const current = parsed?.errors?.find((e: any) => e.extensions?.code === 'CONFLICT')?.extensions?.currentVersion;
            if (typeof current === 'number') edit.editor.version = current;
          }
        },
      },
    ],
  });
  instance.on('reqError', () => {
    count('client error (connection/timeout)');
    failures.push(Date.now());
  });

  // One disruption in the middle of the run: the database restarted, or (two instances) one app killed.
  const restarted = (async () => {
    await sleep((DURATION_S * 1000) / 2 - 1000);
    restart.startMs = Date.now() - started;
    disrupt();
    restart.endMs = Date.now() - started;
  })();

  const result = await instance;
  await restarted;
  load.after = loadavg();
  // The window: from the restart command until the pool has had a moment (connection
  // timeout of a request queued during the restart, 10 s at most) to reconnect.
  const windowEnd = restart.endMs + 2_000;
  restart.windowMs = windowEnd - restart.startMs;
  const failuresOutsideWindow = failures.filter((at) => at - started < restart.startMs || at - started > windowEnd).length;
  const lastFailure = failures.length ? Math.max(...failures) - started : null;
  const outside = timings
    .filter(([sent, answered]) => answered < restart.startMs || sent > windowEnd)
    .map(([sent, answered]) => answered - sent)
    .sort((a, b) => a - b);
  const p99OutsideWindow = outside.length ? outside[Math.min(outside.length - 1, Math.floor(outside.length * 0.99))] : null;
  return {
    p99OutsideWindow,
    connections,
    durationS: DURATION_S,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    codes,
    failuresOutsideWindow,
    failures: failures.length,
    lastFailureS: lastFailure === null ? null : Math.round(lastFailure / 100) / 10,
    restart,
    load,
  };
}

/** Every acknowledged edit must be in the profile's history; the profile shows the last one (or a later, unconfirmed one). */
async function checkEdits(db: Client, editors: Editor[]): Promise<{ acked: number; lost: number; attempted: number }> {
  let lost = 0;
  let acked = 0;
  let attempted = 0;
  for (const editor of editors) {
    acked += editor.acked.length;
    attempted += editor.attempted.length;
    if (editor.attempted.length === 0) continue;
    const { rows } = await db.query<{ title: string }>(
      `SELECT c->>'new' AS title FROM profile_change, jsonb_array_elements(changes) c WHERE researcher_id = $1 AND c->>'field' = 'title'`,
      [editor.researcherId],
    );
    const stored = new Set(rows.map((r) => r.title));
    lost += editor.acked.filter((t) => !stored.has(t)).length;
    const last = editor.acked.at(-1);
    const { rows: current } = await db.query<{ title: string | null }>('SELECT title FROM researcher WHERE id = $1', [editor.researcherId]);
    const allowed = last ? editor.attempted.slice(editor.attempted.indexOf(last)) : editor.attempted;
    if (last && !allowed.includes(current[0].title ?? '')) lost += 1;
  }
  return { acked, lost, attempted };
}

/** The statements that took the database's time (pg_stat_statements; a restart mid-run keeps them). */
async function statementStats(url: string, what: 'reset' | 'print'): Promise<void> {
  const db = new Client({ connectionString: url, application_name: 'kk-bench' });
  await db.connect();
  try {
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    if (what === 'reset') {
      await db.query('SELECT pg_stat_statements_reset()');
      return;
    }
    const { rows } = await db.query<{ total: string; calls: string; mean: string; query: string }>(
      `SELECT round(total_exec_time)::text AS total, calls::text, round(mean_exec_time::numeric, 2)::text AS mean,
              regexp_replace(left(query, 160), '\\s+', ' ', 'g') AS query
         FROM pg_stat_statements WHERE query NOT ILIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC LIMIT 20`,
    );
    console.log('\n| total ms | calls | mean ms | statement |\n| ---: | ---: | ---: | --- |');
    for (const r of rows) console.log(`| ${r.total} | ${r.calls} | ${r.mean} | \`${r.query.replace(/\|/g, '\\|')}\` |`);
  } finally {
    await db.end();
  }
}

async function main(): Promise<void> {
  const machine = `${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;
  log(`machine: ${machine}; mode: ${TWO ? 'two app instances behind a balancer, primary + streaming replica, Redis' : 'one app instance'}`);
  const cluster = await PrivateCluster.create('kk_bench', CLUSTER_SETTINGS);
  log(`private PostgreSQL on 127.0.0.1:${cluster.port}`);
  let replica: PrivateCluster | null = null;
  const apps: Array<App | null> = [];
  let balancer: Server | null = null;
  const secret = randomBytes(32).toString('hex');
  const appDataDir = mkdtempSync(join(tmpdir(), 'kk-bench-app-'));
  try {
    log('building the app (nest build)');
    execFileSync(process.execPath, [join(ROOT, 'node_modules/@nestjs/cli/bin/nest.js'), 'build'], { cwd: ROOT, stdio: 'inherit' });
    await prepareData(cluster.url);
    const db = new Client({ connectionString: cluster.url, application_name: 'kk-bench' });
    await db.connect();
    const editors = await makeEditors(db, secret);
    const slugs = (await db.query<{ slug: string }>(`SELECT slug FROM researcher WHERE status = 'PUBLISHED' ORDER BY random() LIMIT 5000`)).rows.map((r) => r.slug);
    const networks = (await db.query<{ slug: string }>('SELECT slug FROM network')).rows.map((r) => r.slug);
    await db.end();

    const extraEnv: Record<string, string> = {};
    if (TWO) {
      const started = Date.now();
      replica = await PrivateCluster.replicaOf(cluster);
      log(`streaming replica (pg_basebackup) on 127.0.0.1:${replica.port} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      extraEnv.DATABASE_REPLICA_URLS = replica.url;
      extraEnv.REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
      extraEnv.REDIS_PREFIX = `kk-bench-${randomBytes(4).toString('hex')}:`;
    }
    const ports = await Promise.all((TWO ? [0, 1] : [0]).map(() => freePort()));
    const appUrls = ports.map((p) => `http://127.0.0.1:${p}`);
    const launch = async (i: number) => {
      apps[i] = startApp(cluster.url, ports[i], secret, join(appDataDir, `app-${i}.log`), appDataDir, extraEnv);
      await waitReady(appUrls[i], 180_000);
    };
    for (let i = 0; i < ports.length; i++) await launch(i);
    let url = appUrls[0];
    if (TWO) {
      const port = await freePort();
      balancer = await startBalancer(port, appUrls);
      url = `http://127.0.0.1:${port}`;
      log(`apps ready on ${appUrls.join(', ')} behind the balancer on ${url} (NODE_ENV=production, pool 10 per instance per server)`);
    } else {
      log(`app ready on ${url} (NODE_ENV=production, pool 10)`);
    }
    // Warm-up: plans, caches, the pool.
    await autocannon({ url: `${url}/graphql`, connections: 4, duration: 5, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: OPS.search, variables: { q: 'mestring' } }) });

    const reports: RunReport[] = [];
    for (const connections of CONNECTIONS) {
      for (const e of editors) {
        e.acked = [];
        e.attempted = [];
      }
      if (TWO && !apps[1]) await launch(1);
      log(`run: ${connections} connections, ${DURATION_S} s, ${TWO ? 'app instance 2 killed (SIGKILL)' : 'database restart'} at ~${DURATION_S / 2} s`);
      const disrupt = TWO
        ? () => {
            apps[1]!.child.kill('SIGKILL');
            apps[1] = null;
          }
        : () => cluster.ctl('restart');
      const stopSampling = sampleRss(apps.map((a) => a?.child.pid ?? 0));
      const appPids = apps.map((a) => a?.child.pid ?? 0);
      const meter = new CpuMeter(() => appPids, [cluster.data, ...(replica ? [replica.data] : [])]);
      if (args.statements) await statementStats(cluster.url, 'reset');
      const report = await run(url, connections, editors, slugs, networks, disrupt);
      if (args.statements) await statementStats(cluster.url, 'print');
      const rssMb = stopSampling();
      const cpu = meter.stop();
      const perRequest = (seconds: number) => Math.round((seconds * 10_000) / Math.max(1, report.requests)) / 10;
      const cpuMsPerRequest = { app: perRequest(cpu.app), database: perRequest(cpu.database), loadGenerator: perRequest(cpu.loadGenerator) };
      await waitReady(url, 60_000);
      const check = new Client({ connectionString: cluster.url, application_name: 'kk-bench' });
      await check.connect();
      const edits = await checkEdits(check, editors);
      await check.end();
      reports.push({ ...report, edits, rssMb, cpuMsPerRequest });
      console.log(JSON.stringify({ ...report, edits, rssMb, cpuMsPerRequest }, null, 2));
    }

    const window = TWO ? 'the kill' : 'restart';
    console.log(`\n| connections | requests/s | p50 ms | p99 ms | p99 outside the window | requests | failures outside ${window} window | edits acknowledged / lost | app peak RSS MB | CPU ms per request: app / database / autocannon | load average before → after |`);
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of reports) {
      console.log(
        `| ${r.connections} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.p99OutsideWindow ?? '-'} | ${r.requests} | ${r.failuresOutsideWindow} | ${r.edits.acked} / ${r.edits.lost} | ${r.rssMb.join(' + ')} | ${r.cpuMsPerRequest.app} / ${r.cpuMsPerRequest.database} / ${r.cpuMsPerRequest.loadGenerator} | ${r.load.before[0].toFixed(1)} → ${r.load.after[0].toFixed(1)} |`,
      );
    }
    for (const r of reports) {
      console.log(
        `\n${r.connections} connections, responses by code: ${Object.entries(r.codes).map(([c, n]) => `${c}: ${n}`).join(', ')}; ` +
          `${TWO ? 'instance 2 killed' : 'database restart'} ${(r.restart.startMs / 1000).toFixed(1)}–${(r.restart.endMs / 1000).toFixed(1)} s; ${r.failures} failures, the last at ${r.lastFailureS ?? '-'} s`,
      );
    }
    const bad = reports.some((r) => r.edits.lost > 0 || r.failuresOutsideWindow > 0);
    process.exitCode = bad ? 1 : 0;
  } finally {
    balancer?.closeAllConnections();
    balancer?.close();
    for (const app of apps) {
      if (!app) continue;
      app.child.kill('SIGTERM');
      await app.exited;
    }
    replica?.destroy();
    cluster.destroy();
    rmSync(appDataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
