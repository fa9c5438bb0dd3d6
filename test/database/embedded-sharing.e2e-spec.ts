import { execFile, execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { EmbeddedDatabase, embeddedSocketUrl, findRunningEmbeddedServer } from '../../src/database/embedded-database';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

async function researcherCount(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM researcher');
    return rows[0].n;
  } finally {
    await client.end();
  }
}

describe('commands beside a running app on the embedded database', () => {
  jest.setTimeout(600_000);
  let dataDir: string;
  let db: EmbeddedDatabase | undefined;

  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'kk-shared-'))));
  afterEach(async () => {
    await db?.stop();
    db = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('npm run seed:demo adds to the database the running app serves, instead of opening its files a second time', async () => {
    db = await EmbeddedDatabase.start({ dataDir });
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL'));
    const { stdout } = await run('npm', ['run', '--silent', 'seed:demo', '--', '--count', '25'], {
      cwd: ROOT,
      env: { ...env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      timeout: 300_000,
    });
    expect(stdout).toContain('Added 25 demo researchers');
    expect(await researcherCount(db.url)).toBe(25);
  });

  it('tells where the database is served while it runs, and forgets it once stopped or when the process is gone', async () => {
    db = await EmbeddedDatabase.start({ dataDir });
    const file = join(dataDir, 'kk-server.json');
    expect(existsSync(file)).toBe(true);
    // As another process would find it (this test's parent is alive and the socket answers).
    writeFileSync(file, JSON.stringify({ pid: process.ppid, url: db.url }));
    expect(await findRunningEmbeddedServer(dataDir)).toEqual({ pid: process.ppid, url: db.url });
    // A file left by a process that died: nothing answers on its port.
    writeFileSync(file, JSON.stringify({ pid: process.ppid, url: embeddedSocketUrl(join(dataDir, 'gone')) }));
    expect(await findRunningEmbeddedServer(dataDir)).toBeNull();
    // The probe let go of its connection: the server still takes a client.
    const client = new Client({ connectionString: db.url });
    await client.connect();
    expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await client.end();

    await db.stop();
    db = undefined;
    expect(existsSync(file)).toBe(false);
    expect(await findRunningEmbeddedServer(dataDir)).toBeNull();
  });

  it('is reachable only by its owner: a Unix socket in a 0700 folder, files 0600, no TCP port, no world-readable address', async () => {
    db = await EmbeddedDatabase.start({ dataDir });
    expect(db.url).not.toMatch(/127\.0\.0\.1|:\d+\//);
    const modes = (path: string) => statSync(path).mode & 0o777;
    expect(modes(dataDir)).toBe(0o700);
    expect(modes(join(dataDir, 'kk-server.json'))).toBe(0o600);
    expect(modes(join(dataDir, 'PG_VERSION'))).toBe(0o600);
    await db.stop();
    db = undefined;
    const loose = execFileSync('find', [dataDir, '-perm', '/077']).toString().trim();
    expect(loose).toBe('');
  });

  it('refuses another operating-system user at the socket, while the owner and the project commands connect', async () => {
    // Switching user needs root (CI and these machines run as root); as anyone else the
    // modes asserted above are what keeps other users out.
    expect(process.getuid?.()).toBe(0);
    chmodSync(dataDir, 0o755); // even a parent folder that others may enter does not open the socket's own folder
    db = await EmbeddedDatabase.start({ dataDir });
    // The probe needs nothing of the project (whose folder another user may not read): it
    // opens the socket itself, with a node binary every user may run.
    const socket = join(new URL(db.url).searchParams.get('host')!, '.s.PGSQL.5432');
    const probe = `require('node:net').connect({ path: process.argv[1] })
      .on('connect', () => { console.log('CONNECTED'); process.exit(0); })
      .on('error', (e) => { console.log(e.code || e.message); process.exit(1); });`;
    const node = existsSync('/usr/bin/node') ? '/usr/bin/node' : process.execPath;
    const asNobody = await run(node, ['-e', probe, socket], { uid: 65534, gid: 65534, cwd: '/' }).then(
      (r) => r.stdout,
      (e: { stdout?: string; message: string }) => e.stdout || e.message,
    );
    expect(asNobody.trim()).toBe('EACCES');
    const owner = new Client({ connectionString: db.url });
    await owner.connect();
    expect((await owner.query('SELECT current_user AS who')).rows).toEqual([{ who: 'postgres' }]);
    await owner.end();
  });
});
