import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { EmbeddedDatabase } from '../src/database/embedded-database';

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

/** A database made for one benchmark run and dropped at its end. */
export interface BenchDatabase {
  url: string;
  /** Where it is, for the report: "127.0.0.1:5432, database kk_bench_…" or "embedded PGlite …". */
  description: string;
  embedded: boolean;
  /** How it was chosen, for the report's command line: `BENCH_DATABASE_URL=… ` or ''. */
  commandPrefix: string;
  drop(): Promise<void>;
}

/**
 * A fresh database on the server BENCH_DATABASE_URL or DATABASE_URL points at (the database
 * named there is only used to connect). With neither set: the PostgreSQL server on
 * 127.0.0.1:5432 if one answers, else an in-memory embedded database.
 */
export async function createBenchDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  for (const name of ['BENCH_DATABASE_URL', 'DATABASE_URL']) {
    const configured = process.env[name];
    if (configured) return onServer(configured, `${name}=${withoutPassword(configured)} `);
  }

  log('Neither BENCH_DATABASE_URL nor DATABASE_URL is set: trying PostgreSQL at 127.0.0.1:5432.');
  if (await answers(LOCAL_SERVER)) return onServer(LOCAL_SERVER, '');

  log('WARNING: no PostgreSQL server answers at 127.0.0.1:5432; using the embedded database (PGlite).');
  log('WARNING: PGlite runs in this process, single-threaded, so its figures say little about production.');
  const embedded = await EmbeddedDatabase.start();
  return {
    url: embedded.url,
    description: 'embedded PGlite (in-process, in memory)',
    embedded: true,
    commandPrefix: '',
    drop: () => embedded.stop(),
  };
}

async function onServer(serverUrl: string, commandPrefix: string): Promise<BenchDatabase> {
  const name = `kk_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
  await admin(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    url: url.toString(),
    description: `${url.host}, database ${name}`,
    embedded: false,
    commandPrefix,
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await admin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
