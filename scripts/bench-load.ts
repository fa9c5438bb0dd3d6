/**
 * `npm run bench:load [-- --connections 8,32 --duration 35 --researchers 100000]`
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
import { chmodSync, chownSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
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

const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const ROOT = join(__dirname, '..');

const { values: args } = parseArgs({
  options: {
    connections: { type: 'string', default: '8,32' },
    duration: { type: 'string', default: '35' },
    researchers: { type: 'string', default: '100000' },
    editors: { type: 'string', default: '256' },
  },
});
const CONNECTIONS = args.connections.split(',').map(Number);
const DURATION_S = Number(args.duration);
const RESEARCHERS = Number(args.researchers);
const EDITORS = Number(args.editors);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (msg: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${msg}`);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A PostgreSQL cluster of our own in a temporary folder (run as `postgres` when we are root). */
class PrivateCluster {
  readonly url: string;

  private constructor(
    private readonly dir: string,
    readonly port: number,
  ) {
    this.url = `postgres://postgres@127.0.0.1:${port}/kk_bench`;
  }

  static async create(): Promise<PrivateCluster> {
    const dir = mkdtempSync(join(tmpdir(), 'kk-bench-pg-'));
    const cluster = new PrivateCluster(dir, await freePort());
    if (process.getuid?.() === 0) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
      chownSync(dir, uid, gid);
      chmodSync(dir, 0o700);
    }
    cluster.pg('initdb', ['-D', cluster.data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    cluster.ctl('start');
    const admin = new Client({ connectionString: cluster.url.replace(/kk_bench$/, 'postgres') });
    await admin.connect();
    await admin.query('CREATE DATABASE kk_bench');
    await admin.end();
    return cluster;
  }

  get data(): string {
    return join(this.dir, 'data');
  }

  ctl(action: 'start' | 'restart' | 'stop'): void {
    const opts = `-p ${this.port} -c listen_addresses=127.0.0.1 -k ${this.dir} -c max_connections=60 -c shared_buffers=128MB -c fsync=on`;
    this.pg('pg_ctl', ['-D', this.data, '-l', join(this.dir, 'server.log'), '-w', '-t', '60', '-m', 'fast', '-o', opts, action]);
  }

  private pg(tool: string, toolArgs: string[]): void {
    const command = join(PG_BIN, tool);
    const asPostgres = process.getuid?.() === 0;
    execFileSync(asPostgres ? 'runuser' : command, asPostgres ? ['-u', 'postgres', '--', command, ...toolArgs] : toolArgs, {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }

  destroy(): void {
    try {
      this.ctl('stop');
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function signAccessToken(secret: string, accountId: string, tokenVersion: number, ttlSeconds: number): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const head = b64({ alg: ACCESS_TOKEN.algorithm, typ: 'JWT' });
  const body = b64({ sub: accountId, ver: tokenVersion, iat: now, exp: now + ttlSeconds, iss: ACCESS_TOKEN.issuer, aud: ACCESS_TOKEN.audience });
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
    editors.push({
      accountId: acc[0].id,
      researcherId: r.id,
      token: signAccessToken(secret, acc[0].id, acc[0].token_version, ACCESS_TOKEN.ttlSeconds),
      version: r.version,
      seq: 0,
      acked: [],
      attempted: [],
    });
  }
  return editors;
}

function startApp(databaseUrl: string, port: number, secret: string, logFile: string, dataDir: string): { child: ChildProcess; exited: Promise<number | null> } {
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, ['-r', 'ts-node/register', 'src/main.ts'], {
    cwd: ROOT,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      TS_NODE_SWC: 'true',
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      JWT_SECRET: secret,
      LOG_LEVEL: 'info',
      DATA_DIR: dataDir,
    },
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited };
}

async function waitReady(url: string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await fetch(`${url}/health/ready`).then((r) => r.ok, () => false)) return Date.now();
    await sleep(100);
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms`);
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
}

async function run(
  url: string,
  connections: number,
  editors: Editor[],
  slugs: string[],
  networks: string[],
  cluster: PrivateCluster,
): Promise<Omit<RunReport, 'edits'>> {
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
          let parsed: any = null;
          try {
            parsed = JSON.parse(body);
          } catch {
            // not JSON
          }
          const errorCodes: string[] = (parsed?.errors ?? []).map((e: any) => String(e.extensions?.code ?? 'NO_CODE'));
          if (status >= 500 || errorCodes.some((c) => ['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE', 'TIMEOUT', 'NO_CODE'].includes(c))) {
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

  // One restart of the database in the middle of the run.
  const restarted = (async () => {
    await sleep((DURATION_S * 1000) / 2 - 1000);
    restart.startMs = Date.now() - started;
    cluster.ctl('restart');
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
  return {
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

async function main(): Promise<void> {
  const machine = `${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;
  log(`machine: ${machine}`);
  const cluster = await PrivateCluster.create();
  log(`private PostgreSQL on 127.0.0.1:${cluster.port}`);
  let app: { child: ChildProcess; exited: Promise<number | null> } | null = null;
  const secret = randomBytes(32).toString('hex');
  const appDataDir = mkdtempSync(join(tmpdir(), 'kk-bench-app-'));
  const appLog = join(appDataDir, 'app.log');
  try {
    await prepareData(cluster.url);
    const db = new Client({ connectionString: cluster.url, application_name: 'kk-bench' });
    await db.connect();
    const editors = await makeEditors(db, secret);
    const slugs = (await db.query<{ slug: string }>(`SELECT slug FROM researcher WHERE status = 'PUBLISHED' ORDER BY random() LIMIT 5000`)).rows.map((r) => r.slug);
    const networks = (await db.query<{ slug: string }>('SELECT slug FROM network')).rows.map((r) => r.slug);
    await db.end();

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    app = startApp(cluster.url, port, secret, appLog, appDataDir);
    await waitReady(url, 180_000);
    log(`app ready on ${url} (NODE_ENV=production, pool 10)`);
    // Warm-up: plans, caches, the pool.
    await autocannon({ url: `${url}/graphql`, connections: 4, duration: 5, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: OPS.search, variables: { q: 'mestring' } }) });

    const reports: RunReport[] = [];
    for (const connections of CONNECTIONS) {
      for (const e of editors) {
        e.acked = [];
        e.attempted = [];
      }
      log(`run: ${connections} connections, ${DURATION_S} s, database restart at ~${DURATION_S / 2} s`);
      const report = await run(url, connections, editors, slugs, networks, cluster);
      await waitReady(url, 60_000);
      const check = new Client({ connectionString: cluster.url, application_name: 'kk-bench' });
      await check.connect();
      const edits = await checkEdits(check, editors);
      await check.end();
      reports.push({ ...report, edits });
      console.log(JSON.stringify({ ...report, edits }, null, 2));
    }

    console.log('\n| connections | requests/s | p50 ms | p99 ms | requests | failures outside restart window | edits acknowledged / lost | load average before → after |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of reports) {
      console.log(
        `| ${r.connections} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.requests} | ${r.failuresOutsideWindow} | ${r.edits.acked} / ${r.edits.lost} | ${r.load.before[0].toFixed(1)} → ${r.load.after[0].toFixed(1)} |`,
      );
    }
    for (const r of reports) {
      console.log(
        `\n${r.connections} connections, responses by code: ${Object.entries(r.codes).map(([c, n]) => `${c}: ${n}`).join(', ')}; ` +
          `database restart ${(r.restart.startMs / 1000).toFixed(1)}–${(r.restart.endMs / 1000).toFixed(1)} s; ${r.failures} failures, the last at ${r.lastFailureS ?? '-'} s`,
      );
    }
    const bad = reports.some((r) => r.edits.lost > 0 || r.failuresOutsideWindow > 0);
    process.exitCode = bad ? 1 : 0;
  } finally {
    if (app) {
      app.child.kill('SIGTERM');
      await app.exited;
    }
    cluster.destroy();
    rmSync(appDataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
