import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { DatabaseEndpoint } from '../../src/database/database-endpoint';
import { EmbeddedDatabase } from '../../src/database/embedded-database';
import { withDatabase } from './global-setup';

export const usesRealPostgres = (): boolean => !!process.env.KK_TEST_SERVER_URL;

/** A fresh, migrated database for one test file: a copy of the run's template. */
export async function createTestDatabase(): Promise<DatabaseEndpoint> {
  const { KK_TEST_SERVER_URL: serverUrl, KK_TEST_TEMPLATE_DB: template, KK_TEST_RUN_ID: runId } = process.env;
  if (serverUrl && template) {
    const name = `kk_t_${runId}_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    } finally {
      await admin.end();
    }
    return new DatabaseEndpoint(withDatabase(serverUrl, name), null);
  }
  const file = process.env.KK_TEST_TEMPLATE_FILE;
  if (!file) throw new Error('Test template missing: run the tests through jest (globalSetup).');
  const embedded = await EmbeddedDatabase.start({ loadFrom: new Blob([readFileSync(file)]) });
  return new DatabaseEndpoint(embedded.url, embedded);
}
