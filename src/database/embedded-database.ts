import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedDatabaseOptions {
  /** A folder for the data, or undefined for an in-memory database. */
  dataDir?: string;
  /** A dump made by {@link EmbeddedDatabase.dump} to start from (tests use a migrated template). */
  loadFrom?: Blob;
}

/**
 * Written into the data folder while a process serves it: only one process may open PGlite's
 * files, so commands such as `seed:demo` run beside `npm start` connect to its socket instead.
 */
const SERVER_FILE = 'kk-server.json';
/** The name libpq and `pg` look for in a socket folder (`host=<folder>`, port 5432). */
const SOCKET_NAME = '.s.PGSQL.5432';
/** sun_path is 108 bytes on Linux and 104 on macOS; keep clear of both. */
const MAX_SOCKET_PATH = 100;

export interface RunningEmbeddedServer {
  pid: number;
  url: string;
}

/**
 * PGlite has no authentication: whoever reaches its socket is the superuser. So it is served
 * only on a Unix socket inside a folder that is the owner's alone (0700), never on a TCP port
 * that any local user could reach.
 */
export function embeddedSocketUrl(socketDir: string): string {
  return `postgres://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}&sslmode=disable`;
}

function socketDirOf(url: string): string | null {
  return new URL(url).searchParams.get('host');
}

/** Only the owner may list, read or write the data folder and its files. */
function restrictToOwner(dir: string): void {
  chmodSync(dir, 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) restrictToOwner(path);
    else if (entry.isFile()) chmodSync(path, 0o600);
  }
}

/** The live process serving the embedded database in `dataDir`, if any (a stale file is ignored). */
export async function findRunningEmbeddedServer(dataDir: string): Promise<RunningEmbeddedServer | null> {
  let found: RunningEmbeddedServer;
  try {
    found = JSON.parse(readFileSync(join(resolve(dataDir), SERVER_FILE), 'utf8')) as RunningEmbeddedServer;
  } catch {
    return null;
  }
  if (typeof found.pid !== 'number' || typeof found.url !== 'string' || found.pid === process.pid) return null;
  const socketDir = socketDirOf(found.url);
  if (!socketDir) return null;
  const answers = await new Promise<boolean>((done) => {
    const socket = connect({ path: join(socketDir, SOCKET_NAME), timeout: 2000 });
    socket.once('connect', () => { socket.destroy(); done(true); }).once('error', () => done(false)).once('timeout', () => { socket.destroy(); done(false); });
  }).catch(() => false);
  return answers ? found : null;
}

/**
 * PGlite (PostgreSQL compiled to WASM) served in-process over the PostgreSQL wire
 * protocol, so the app reaches it through the same `pg` driver as a real server.
 */
export class EmbeddedDatabase {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    private readonly socketDir: string,
    private readonly dataDir: string | null,
    /** A private folder made for the socket alone (in-memory databases, or a data path too long for a socket). */
    private readonly ownsSocketDir: boolean,
  ) {}

  static async start(options: EmbeddedDatabaseOptions = {}): Promise<EmbeddedDatabase> {
    let dataDir: string | null = null;
    if (options.dataDir) {
      dataDir = resolve(options.dataDir);
      mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      restrictToOwner(dataDir);
    }
    const db = await PGlite.create({
      dataDir: dataDir ?? undefined,
      loadDataDir: options.loadFrom,
      extensions: { pg_trgm, unaccent },
    });
    // PGlite writes its files world-readable (0666) whatever the umask; the folder's 0700
    // already keeps others out, and the files are narrowed too.
    if (dataDir) restrictToOwner(dataDir);
    const ownsSocketDir = !dataDir || join(dataDir, SOCKET_NAME).length > MAX_SOCKET_PATH;
    // mkdtemp makes the folder 0700.
    const socketDir = ownsSocketDir ? mkdtempSync(join(tmpdir(), 'kk-db-')) : dataDir!;
    rmSync(join(socketDir, SOCKET_NAME), { force: true });
    // The socket server serialises queries onto the single PGlite instance; a few
    // connections let the pool, health checks and CLI tools coexist.
    const server = new PGLiteSocketServer({ db, path: join(socketDir, SOCKET_NAME), maxConnections: 8 });
    await server.start();
    chmodSync(join(socketDir, SOCKET_NAME), 0o600);
    const embedded = new EmbeddedDatabase(db, server, socketDir, dataDir, ownsSocketDir);
    if (dataDir) {
      writeFileSync(join(dataDir, SERVER_FILE), JSON.stringify({ pid: process.pid, url: embedded.url }), { mode: 0o600 });
    }
    return embedded;
  }

  get url(): string {
    return embeddedSocketUrl(this.socketDir);
  }

  async dump(): Promise<Blob> {
    const dump = await this.db.dumpDataDir('none');
    return dump;
  }

  /** Stops accepting connections and closes PGlite so its folder is left consistent. */
  async stop(): Promise<void> {
    if (this.dataDir) rmSync(join(this.dataDir, SERVER_FILE), { force: true });
    await this.server.stop();
    if (!this.db.closed) await this.db.close();
    rmSync(join(this.socketDir, SOCKET_NAME), { force: true });
    if (this.ownsSocketDir) rmSync(this.socketDir, { recursive: true, force: true });
    if (this.dataDir) restrictToOwner(this.dataDir);
  }
}
