/**
 * `npm run backup` and `npm run restore` as an operator runs them: on the embedded database
 * beside a running server (the backup goes through its socket), on PostgreSQL with pg_dump.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { EmbeddedDatabase } from '../../src/database/embedded-database';
import { seedDemoResearchers } from '../../src/seed/demo-seeder';
import { seedReferenceData } from '../../src/seed/reference-data.seeder';
import { createTestDatabase, usesRealPostgres } from '../support/test-database';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

async function counts(url: string, embedded: boolean): Promise<Record<string, number>> {
  const ds = new DataSource(buildDataSourceOptions({ url, embedded }));
  await ds.initialize();
  try {
    const [row] = await ds.query(
      `SELECT (SELECT count(*) FROM researcher)::int AS researchers, (SELECT count(*) FROM researcher_search)::int AS indexed,
              (SELECT count(*) FROM network_membership)::int AS memberships, (SELECT count(*) FROM schema_migrations)::int AS migrations`,
    );
    return row;
  } finally {
    await ds.destroy();
  }
}

async function seed(url: string, embedded: boolean): Promise<void> {
  const ds = new DataSource(buildDataSourceOptions({ url, embedded }));
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    await ds.transaction((tx) => seedReferenceData(tx));
    await seedDemoResearchers(ds, 40, { seed: 3 });
  } finally {
    await ds.destroy();
  }
}

describe('npm run backup and npm run restore', () => {
  jest.setTimeout(600_000);
  let dir: string;
  const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL' && k !== 'DATA_DIR'));
  const npm = (args: string[], env: Record<string, string>) => run('npm', ['run', '--silent', ...args], { cwd: ROOT, env: { ...baseEnv, LOG_LEVEL: 'warn', ...env } });

  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'kk-backup-cli-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  if (usesRealPostgres()) {
    it('backs up a PostgreSQL database with pg_dump and restores it into another', async () => {
      const source = await createTestDatabase();
      const target = await createTestDatabase();
      await seed(source.url, false);
      const file = join(dir, 'kk.dump');
      const backup = await npm(['backup', '--', '--out', file], { DATABASE_URL: source.url });
      expect(backup.stdout).toMatch(/pg_dump custom format/);
      await expect(npm(['restore', '--', file], { DATABASE_URL: target.url })).rejects.toThrow(/--yes/);
      await npm(['restore', '--', file, '--yes'], { DATABASE_URL: target.url });
      const restored = await counts(target.url, false);
      expect(restored).toEqual(await counts(source.url, false));
      expect(restored.researchers).toBeGreaterThanOrEqual(40);
    });
  } else {
    it('backs up the embedded database through the running server\'s socket and restores it into a fresh folder', async () => {
      const dataDir = join(dir, 'data');
      const served = await EmbeddedDatabase.start({ dataDir });
      let before: Record<string, number>;
      const file = join(dir, 'kk.jsonl.gz');
      try {
        await seed(served.url, true);
        before = await counts(served.url, true);
        const backup = await npm(['backup', '--', '--out', file], { DATA_DIR: dataDir });
        expect(backup.stdout).toMatch(new RegExp(`served by process ${process.pid}`));
        // Restoring into a folder a server holds is refused.
        await expect(npm(['restore', '--', file, '--yes'], { DATA_DIR: dataDir })).rejects.toThrow(/stop the app/);
      } finally {
        await served.stop();
      }
      await npm(['restore', '--', file, '--yes'], { DATA_DIR: dataDir });
      // The old folder is kept beside the new one.
      expect(readdirSync(dir).some((name) => name.startsWith('data.before-restore-'))).toBe(true);
      const restoredDb = await EmbeddedDatabase.start({ dataDir });
      try {
        const after = await counts(restoredDb.url, true);
        expect(after).toEqual(before);
        expect(after.researchers).toBeGreaterThanOrEqual(40);
      } finally {
        await restoredDb.stop();
      }
    });
  }
});
