import { rmSync } from 'node:fs';
import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const { KK_TEST_SERVER_URL: serverUrl, KK_TEST_TEMPLATE_DB: template, KK_TEST_RUN_ID: runId } = process.env;
  if (process.env.KK_TEST_TEMPLATE_FILE) rmSync(process.env.KK_TEST_TEMPLATE_FILE, { force: true });
  if (!serverUrl || !template) return;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  const { rows } = await admin.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname LIKE $1`,
    [`kk_%${runId}%`],
  );
  for (const { datname } of rows) {
    await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  }
  await admin.end();
}
