import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * A PostgreSQL cluster of our own in a temporary folder, on a free loopback port (run as
 * `postgres` when we are root): the load harness and the replica tests never touch the
 * shared server. `replicaOf` makes a streaming replica of another with pg_basebackup.
 */
export class PrivateCluster {
  private constructor(
    readonly dir: string,
    readonly port: number,
    readonly database: string,
  ) {}

  static async create(database: string, settings = ''): Promise<PrivateCluster> {
    const cluster = new PrivateCluster(makeDir('kk-pg-'), await freePort(), database);
    cluster.pg('initdb', ['-D', cluster.data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    cluster.settings = settings;
    cluster.ctl('start');
    const admin = new Client({ connectionString: cluster.urlOf('postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    return cluster;
  }

  /** A hot standby streaming from `primary` (pg_basebackup -R: it follows the primary from then on). */
  static async replicaOf(primary: PrivateCluster, settings = primary.settings): Promise<PrivateCluster> {
    const replica = new PrivateCluster(makeDir('kk-pg-replica-'), await freePort(), primary.database);
    replica.pg('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', replica.data, '-R', '-X', 'stream', '-c', 'fast', '--no-sync']);
    replica.settings = settings;
    replica.ctl('start');
    return replica;
  }

  private settings = '';

  get url(): string {
    return this.urlOf(this.database);
  }

  urlOf(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  get data(): string {
    return join(this.dir, 'data');
  }

  ctl(action: 'start' | 'restart' | 'stop'): void {
    const opts = `-p ${this.port} -c listen_addresses=127.0.0.1 -k ${this.dir} ${this.settings}`;
    this.pg('pg_ctl', ['-D', this.data, '-l', join(this.dir, 'server.log'), '-w', '-t', '60', '-m', 'fast', '-o', opts, action]);
  }

  pg(tool: string, toolArgs: string[]): void {
    const command = join(PG_BIN, tool);
    const asPostgres = process.getuid?.() === 0;
    execFileSync(asPostgres ? 'runuser' : command, asPostgres ? ['-u', 'postgres', '--', command, ...toolArgs] : toolArgs, {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }

  destroy(): void {
    try {
      if (existsSync(join(this.data, 'postmaster.pid'))) this.ctl('stop');
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function makeDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  return dir;
}
