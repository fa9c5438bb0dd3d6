import 'reflect-metadata';
import { copyFileSync, existsSync, openSync, readSync, closeSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { validateEnvironment } from '../config/environment';
import { logicalRestore, pgRestore, readDumpHeader } from '../database/backup';
import { buildDataSourceOptions } from '../database/data-source-options';
import { EmbeddedDatabase, findRunningEmbeddedServer } from '../database/embedded-database';

const migrationName = (m: Function): string => (new (m as new () => { name?: string })().name ?? m.name);

/** Brings an empty database to the dump's schema: the migrations the dump had, no more. */
async function migrateTo(url: string, embedded: boolean, names: string[]): Promise<void> {
  const wanted = new Set(names);
  const known = MIGRATIONS.filter((m) => wanted.has(migrationName(m)));
  if (known.length !== wanted.size) throw new Error('The dump comes from a newer version of the app than this one: restore it with that version');
  const dataSource = new DataSource({ ...buildDataSourceOptions({ url, embedded, applicationName: 'kk-restore' }), migrations: known });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

const isPgDump = (file: string): boolean => {
  const fd = openSync(file, 'r');
  const magic = Buffer.alloc(5);
  readSync(fd, magic, 0, 5, 0);
  closeSync(fd);
  return magic.toString() === 'PGDMP';
};

/**
 * `npm run restore -- FILE --yes`: replaces the configured database's contents with a backup
 * made by `npm run backup`.
 * - PostgreSQL: pg_restore --clean in one transaction (a logical dump of the embedded
 *   database is loaded too: the way from the embedded default to a server).
 * - Embedded: the app must be stopped; the current DATA_DIR is kept beside it as
 *   `<DATA_DIR>.before-restore-<time>` and a fresh one is made (with the same jwt-secret).
 * The app migrates the restored database further at its next start.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { yes: { type: 'boolean', default: false } }, allowPositionals: true });
  const file = positionals[0];
  if (!file || !existsSync(file)) throw new Error('Usage: npm run restore -- <backup file> --yes');
  if (!values.yes) throw new Error('Restoring replaces everything in the database: add --yes to go ahead');
  const env = validateEnvironment(process.env);
  const started = Date.now();
  if (env.DATABASE_URL) {
    if (isPgDump(file)) {
      await pgRestore(env.DATABASE_URL, file);
    } else {
      const header = await readDumpHeader(file);
      await migrateTo(env.DATABASE_URL, false, header.migrations);
      await logicalRestore(env.DATABASE_URL, file);
    }
    console.log(`Restored ${file} into the PostgreSQL database in ${Date.now() - started} ms`);
    return;
  }
  if (isPgDump(file)) throw new Error('A pg_dump file restores into PostgreSQL (set DATABASE_URL), not into the embedded database');
  const running = await findRunningEmbeddedServer(env.DATA_DIR);
  if (running) throw new Error(`Process ${running.pid} serves ${env.DATA_DIR}: stop the app before restoring into it`);
  const header = await readDumpHeader(file);
  const dataDir = resolve(env.DATA_DIR);
  let kept: string | null = null;
  if (existsSync(dataDir)) {
    kept = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(dataDir, kept);
  }
  const db = await EmbeddedDatabase.start({ dataDir });
  try {
    // Access tokens signed before the restore stay valid.
    if (kept && existsSync(join(kept, 'jwt-secret'))) copyFileSync(join(kept, 'jwt-secret'), join(dataDir, 'jwt-secret'));
    await migrateTo(db.url, true, header.migrations);
    await logicalRestore(db.url, file);
  } finally {
    await db.stop();
  }
  console.log(`Restored ${file} into ${dataDir} in ${Date.now() - started} ms${kept ? `; the previous data is in ${kept}` : ''}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
