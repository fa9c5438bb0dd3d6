import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
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
 * PGlite (PostgreSQL compiled to WASM) served in-process over the PostgreSQL wire
 * protocol, so the app reaches it through the same `pg` driver as a real server.
 */
/**
 * Written into the data folder while a process serves it: only one process may open PGlite's
 * files, so commands such as `seed:demo` run beside `npm start` connect to its socket instead.
 */
const SERVER_FILE = 'kk-server.json';

export interface RunningEmbeddedServer {
  pid: number;
  url: string;
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
  const { hostname, port } = new URL(found.url);
  const answers = await new Promise<boolean>((done) => {
    const socket = connect({ host: hostname, port: Number(port), timeout: 2000 });
    socket.once('connect', () => { socket.destroy(); done(true); }).once('error', () => done(false)).once('timeout', () => { socket.destroy(); done(false); });
  }).catch(() => false);
  return answers ? found : null;
}

export class EmbeddedDatabase {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    private readonly serverFile: string | null,
  ) {}

  static async start(options: EmbeddedDatabaseOptions = {}): Promise<EmbeddedDatabase> {
    let dataDir: string | undefined;
    if (options.dataDir) {
      dataDir = resolve(options.dataDir);
      mkdirSync(dataDir, { recursive: true });
    }
    const db = await PGlite.create({
      dataDir,
      loadDataDir: options.loadFrom,
      extensions: { btree_gin, pg_trgm, unaccent },
    });
    // The socket server serialises queries onto the single PGlite instance; a few
    // connections let the pool, health checks and CLI tools coexist.
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 8 });
    await server.start();
    const serverFile = dataDir ? join(dataDir, SERVER_FILE) : null;
    const embedded = new EmbeddedDatabase(db, server, serverFile);
    if (serverFile) writeFileSync(serverFile, JSON.stringify({ pid: process.pid, url: embedded.url }));
    return embedded;
  }

  get url(): string {
    return `postgres://postgres@${this.server.getServerConn()}/postgres?sslmode=disable`;
  }

  async dump(): Promise<Blob> {
    const dump = await this.db.dumpDataDir('none');
    return dump;
  }

  /** Stops accepting connections and closes PGlite so its folder is left consistent. */
  async stop(): Promise<void> {
    if (this.serverFile) rmSync(this.serverFile, { force: true });
    await this.server.stop();
    if (!this.db.closed) await this.db.close();
  }
}
