import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { validateEnvironment } from '../config/environment';
import { JobQueue } from '../jobs/job-queue.service';

const USAGE = 'Bruk: npm run jobs -- --run-due | --status';

/**
 * `npm run jobs -- --run-due`: runs the jobs that are due (periodic ones included) once and
 * exits 0, for cron-style deployments and tests; jobs that fail are left to their retries.
 * `npm run jobs -- --status`: job counts per queue and state, `failed` among them.
 * Boots the whole app without its HTTP server, so every module's jobs are defined.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'run-due': { type: 'boolean' }, status: { type: 'boolean' } } });
  if (!values['run-due'] && !values.status) throw new Error(USAGE);
  validateEnvironment(process.env);

  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  try {
    const jobs = app.get(JobQueue);
    if (values['run-due']) {
      const { completed, failed } = await jobs.runDue();
      console.log(`Jobs run: ${completed} completed, ${failed} failed (retried later or failed for good)`);
    }
    if (values.status) {
      for (const { queue, state, count } of await jobs.states()) console.log(`${queue}\t${state}\t${count}`);
    }
  } finally {
    await app.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
