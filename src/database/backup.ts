import { ChildProcess, execFile, spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { createGunzip, createGzip } from 'node:zlib';
import { Client } from 'pg';
import { MIGRATIONS_TABLE } from './data-source-options';

const run = promisify(execFile);

/** First line of a logical dump (the embedded database's backup format). */
export interface DumpHeader {
  format: 'kompetansekatalogen-dump';
  version: 1;
  createdAt: string;
  /** The migrations the dumped database had run, in order: the schema the rows fit. */
  migrations: string[];
  tables: Array<{ name: string; rows: number }>;
}

const FORMAT = 'kompetansekatalogen-dump';
const CHUNK = 500;

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url, application_name: 'kk-backup' });
  await client.connect();
  return client;
}

async function publicTables(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
  );
  return rows.map((r) => r.name);
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Writes every row of every table of the public schema as JSON lines (gzip), read in one
 * REPEATABLE READ transaction: one snapshot, so a backup taken while the app writes is
 * consistent (profiles, their history and the search index from the same moment). Plain
 * SQL over the wire protocol, so it works through the socket of a running app's PGlite,
 * where pg_dump (a server-version match, an installed PostgreSQL) is not at hand. On PGlite
 * the transaction holds the single session, so the app's queries wait for the dump (a
 * small catalogue: well under a second per few thousand profiles).
 */
export async function logicalDump(url: string, file: string): Promise<DumpHeader> {
  const client = await connect(url);
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await publicTables(client);
    const migrations = (await client.query<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY timestamp, id`)).rows.map((r) => r.name);
    const lines: string[] = [];
    const counts: DumpHeader['tables'] = [];
    for (const table of tables) {
      const { rows } = await client.query<{ r: string }>(`SELECT row_to_json(t)::text AS r FROM ${quote(table)} t`);
      counts.push({ name: table, rows: rows.length });
      for (let i = 0; i < rows.length; i += CHUNK) {
        lines.push(`{"table":${JSON.stringify(table)},"rows":[${rows.slice(i, i + CHUNK).map((r) => r.r).join(',')}]}`);
      }
    }
    await client.query('COMMIT');
    const header: DumpHeader = { format: FORMAT, version: 1, createdAt: new Date().toISOString(), migrations, tables: counts };
    await pipeline(Readable.from([JSON.stringify(header), ...lines].map((l) => `${l}\n`)), createGzip(), createWriteStream(file, { mode: 0o600 }));
    return header;
  } finally {
    await client.end();
  }
}

export async function readDumpHeader(file: string): Promise<DumpHeader> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    lines.close();
    const header = JSON.parse(line) as DumpHeader;
    if (header.format !== FORMAT || header.version !== 1) throw new Error(`${file} is not a Kompetansekatalogen dump`);
    return header;
  }
  throw new Error(`${file} is empty`);
}

/**
 * Loads a logical dump into a database whose schema is at the dump's migrations (the caller
 * runs them on an empty one): every table emptied, the rows inserted with triggers and
 * foreign-key checks off (the rows are a consistent whole; the search index is restored as
 * it was, not rebuilt), sequences moved past the restored ids. One transaction: a failed
 * restore leaves the database as it was.
 */
export async function logicalRestore(url: string, file: string): Promise<DumpHeader> {
  const header = await readDumpHeader(file);
  const client = await connect(url);
  try {
    const present = (await client.query<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY timestamp, id`)).rows.map((r) => r.name);
    if (present.join(',') !== header.migrations.join(',')) {
      throw new Error(
        `The database is at migration ${present.at(-1) ?? '(none)'}, the dump at ${header.migrations.at(-1) ?? '(none)'}: restore into an empty database (the app migrates it further at its next start)`,
      );
    }
    await client.query('BEGIN');
    await client.query(`SET LOCAL session_replication_role = replica`);
    const tables = await publicTables(client);
    await client.query(`TRUNCATE ${tables.map(quote).join(', ')}`);
    const columns = new Map<string, string[]>();
    for (const table of tables) {
      const { rows } = await client.query<{ name: string }>(
        `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
        [quote(table)],
      );
      columns.set(table, rows.map((r) => quote(r.name)));
    }
    const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    let first = true;
    for await (const line of lines) {
      if (first) {
        first = false;
        continue;
      }
      const chunk = JSON.parse(line) as { table: string; rows: unknown[] };
      const cols = columns.get(chunk.table);
      if (!cols) throw new Error(`The dump has a table the database lacks: ${chunk.table}`);
      const list = cols.join(', ');
      await client.query(
        `INSERT INTO ${quote(chunk.table)} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${quote(chunk.table)}, $1::json)`,
        [JSON.stringify(chunk.rows)],
      );
    }
    // Sequences behind serial columns (the migrations table's id): past the restored values.
    const { rows: serials } = await client.query<{ tbl: string; col: string; seq: string }>(
      `SELECT c.relname AS tbl, a.attname AS col, pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS seq
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
          AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`,
    );
    for (const s of serials) {
      await client.query(`SELECT setval($1::regclass, COALESCE((SELECT max(${quote(s.col)}) FROM ${quote(s.tbl)}), 0) + 1, false)`, [s.seq]);
    }
    const { rows: views } = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'm'`,
    );
    for (const v of views) await client.query(`REFRESH MATERIALIZED VIEW ${quote(v.name)}`);
    await client.query('COMMIT');
    return header;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}

/** pg_dump/pg_restore: from PG_BIN when set, else the first on PATH (the server's major version or newer). */
export function pgTool(name: 'pg_dump' | 'pg_restore' | 'psql'): string {
  const dir = process.env.PG_BIN;
  if (dir) return join(dir, name);
  const versioned = `/usr/lib/postgresql/15/bin/${name}`;
  return existsSync(versioned) ? versioned : name;
}

/** PostgreSQL: pg_dump's custom format (one snapshot, compressed, restorable table by table). */
export async function pgDump(url: string, file: string): Promise<void> {
  await run(pgTool('pg_dump'), ['--format=custom', '--no-owner', '--no-privileges', '--file', file, '--dbname', url], { maxBuffer: 64 * 1024 * 1024 });
}

/**
 * Replaces the database's contents with the dump's, in one transaction, so a failure leaves
 * the database as it was. pg_restore writes the script (objects dropped and recreated:
 * --clean --if-exists) and psql runs it after dropping pg-boss's schema whole: its
 * partitioned job tables cannot be dropped constraint by constraint as --clean would.
 */
export async function pgRestore(url: string, file: string): Promise<void> {
  const restore = spawn(pgTool('pg_restore'), ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--file', '-', file], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const apply = spawn(
    pgTool('psql'),
    ['--quiet', '--no-psqlrc', '--single-transaction', '-v', 'ON_ERROR_STOP=1', '-c', 'DROP SCHEMA IF EXISTS pgboss CASCADE', '-f', '-', '--dbname', url],
    { stdio: ['pipe', 'ignore', 'pipe'] },
  );
  restore.stdout.pipe(apply.stdin);
  const errors: string[] = [];
  restore.stderr.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
  apply.stderr.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
  const exited = (child: ChildProcess) => new Promise<number | null>((done, fail) => child.on('error', fail).on('close', done));
  const [restoreCode, applyCode] = await Promise.all([exited(restore), exited(apply)]);
  if (restoreCode !== 0 || applyCode !== 0) throw new Error(`Restore failed: ${errors.join('').trim()}`);
}
