import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { validateEnvironment } from '../config/environment';
import { DatabaseEndpoint } from '../database/database-endpoint';
import { buildDataSourceOptions } from '../database/data-source-options';
import { seedDemoResearchers } from '../seed/demo-seeder';
import { seedReferenceData } from '../seed/reference-data.seeder';

/**
 * `npm run seed:demo -- --count N [--seed S]`: adds N fictional, published researchers to the
 * configured database (DATABASE_URL, or the embedded one in DATA_DIR). No server needs to run.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '100' }, seed: { type: 'string' } } });
  const count = Number(values.count);
  if (!Number.isSafeInteger(count) || count < 1 || count > 2_000_000) {
    throw new Error('--count must be a whole number from 1 to 2000000');
  }
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  const env = validateEnvironment(process.env);
  const endpoint = await DatabaseEndpoint.fromEnvironment(env);
  const dataSource = new DataSource(
    buildDataSourceOptions({ url: endpoint.url, embedded: endpoint.isEmbedded, applicationName: 'kk-seed-demo', statementTimeoutMs: 600_000 }),
  );
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.transaction((tx) => seedReferenceData(tx));
    let lastReport = 0;
    const result = await seedDemoResearchers(dataSource, count, {
      seed,
      onProgress: (done) => {
        if (done - lastReport >= 10_000 || done === count) {
          lastReport = done;
          process.stdout.write(`  ${done}/${count}\n`);
        }
      },
    });
    const rate = Math.round((result.inserted / result.milliseconds) * 1000);
    console.log(
      `Added ${result.inserted} demo researchers (${result.memberships} memberships) in ${(result.milliseconds / 1000).toFixed(1)} s: ${rate} researchers/s`,
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await endpoint.embedded?.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
