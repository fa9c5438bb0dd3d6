import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { validateEnvironment } from '../config/environment';
import { logicalDump, pgDump } from '../database/backup';
import { EmbeddedDatabase, findRunningEmbeddedServer } from '../database/embedded-database';

/**
 * `npm run backup [-- --out FILE]`: a consistent backup of the configured database.
 * - PostgreSQL (DATABASE_URL): pg_dump's custom format.
 * - Embedded (DATA_DIR): a logical dump in one snapshot, taken through the running app's
 *   socket when an app serves the folder (no need to stop it), else from the folder itself.
 */
async function main(): Promise<void> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const env = validateEnvironment(process.env);
  const started = Date.now();
  if (env.DATABASE_URL) {
    const out = values.out ?? `kompetansekatalogen-${stamp}.dump`;
    await pgDump(env.DATABASE_URL, out);
    console.log(`Backup of the PostgreSQL database written to ${out} (pg_dump custom format) in ${Date.now() - started} ms`);
    return;
  }
  const out = values.out ?? `kompetansekatalogen-${stamp}.jsonl.gz`;
  const running = await findRunningEmbeddedServer(env.DATA_DIR);
  const own = running ? null : await EmbeddedDatabase.start({ dataDir: env.DATA_DIR });
  try {
    const header = await logicalDump(running?.url ?? own!.url, out);
    const rows = header.tables.reduce((n, t) => n + t.rows, 0);
    console.log(
      `Backup of the embedded database in ${env.DATA_DIR}${running ? ` (served by process ${running.pid})` : ''} written to ${out}: ` +
        `${header.tables.length} tables, ${rows} rows, in ${Date.now() - started} ms`,
    );
  } finally {
    await own?.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
