import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { EmbeddedDatabase } from '../../src/database/embedded-database';

/**
 * Migrates one template database per run; every test file then gets its own copy.
 * Real PostgreSQL (DATABASE_URL set): CREATE DATABASE ... TEMPLATE. Embedded: a PGlite dump.
 */
export default async function globalSetup(): Promise<void> {
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  process.env.KK_TEST_RUN_ID = runId;
  const serverUrl = process.env.DATABASE_URL;

  if (serverUrl) {
    const template = `kk_tpl_${runId}`;
    process.env.KK_TEST_SERVER_URL = serverUrl;
    process.env.KK_TEST_TEMPLATE_DB = template;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${template}`);
    await admin.end();
    await migrate(withDatabase(serverUrl, template), false);
    return;
  }

  const embedded = await EmbeddedDatabase.start();
  await migrate(embedded.url, true);
  const dump = await embedded.dump();
  await embedded.stop();
  const file = join(tmpdir(), `kk-template-${runId}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  process.env.KK_TEST_TEMPLATE_FILE = file;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function migrate(url: string, embedded: boolean): Promise<void> {
  const ds = new DataSource(buildDataSourceOptions({ url, embedded }));
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
}
