import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
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
 * PGlite (PostgreSQL compiled to WASM) served in-process over the PostgreSQL wire
 * protocol, so the app reaches it through the same `pg` driver as a real server.
 */
export class EmbeddedDatabase {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
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
      extensions: { pg_trgm, unaccent },
    });
    // The socket server serialises queries onto the single PGlite instance; a few
    // connections let the pool, health checks and CLI tools coexist.
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 8 });
    await server.start();
    return new EmbeddedDatabase(db, server);
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
    await this.server.stop();
    if (!this.db.closed) await this.db.close();
  }
}
