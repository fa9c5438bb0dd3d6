import { INestApplication, Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { DatabaseEndpoint } from '../../src/database/database-endpoint';
import { JobQueue } from '../../src/jobs/job-queue.service';
import { createTestDatabase } from '../support/test-database';

/** A periodic job as a module would define it: daily at 06:00 Norwegian time. */
@Injectable()
class DailyChores {
  readonly runs: Array<{ scheduledFor: string }> = [];

  constructor(jobs: JobQueue) {
    jobs.define<{ scheduledFor: string }>({
      name: 'test.daily-chores',
      schedule: { cron: '0 6 * * *' },
      handle: async (data) => {
        this.runs.push(data);
      },
    });
  }
}

@Module({ providers: [DailyChores] })
class ChoresModule {}

describe('periodic jobs', () => {
  jest.setTimeout(120_000);
  let app: INestApplication;
  let db: DataSource;

  beforeAll(async () => {
    const endpoint = await createTestDatabase();
    const moduleRef = await Test.createTestingModule({ imports: [AppModule, ChoresModule] })
      .overrideProvider(DatabaseEndpoint)
      .useValue(endpoint)
      .compile();
    app = moduleRef.createNestApplication({ logger: ['error', 'warn'] });
    await app.init();
    db = app.get(DataSource);
  });
  afterAll(async () => app?.close());

  const schedule = async () =>
    ((await db.query(`SELECT cron, time_zone AS "timeZone", next_run_at AS "nextRunAt", last_run_at AS "lastRunAt" FROM job_schedule WHERE name = 'test.daily-chores'`)) as Array<{
      cron: string;
      timeZone: string;
      nextRunAt: Date;
      lastRunAt: Date | null;
    }>)[0];

  it('is stored with its next run at start-up and does not run before it is due', async () => {
    const saved = await schedule();
    expect(saved).toMatchObject({ cron: '0 6 * * *', timeZone: 'Europe/Oslo', lastRunAt: null });
    expect(saved.nextRunAt.getTime()).toBeGreaterThan(Date.now());
    expect(saved.nextRunAt.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3600_000);
    // 06:00 in Oslo is 04:00 or 05:00 UTC.
    expect([4, 5]).toContain(saved.nextRunAt.getUTCHours());

    await app.get(JobQueue).runDue();
    expect(app.get(DailyChores).runs).toEqual([]);
  });

  it('runs once when due, even after days with nothing running, and moves on to the next day', async () => {
    const missed = new Date(Date.now() - 3 * 24 * 3600_000);
    await db.query(`UPDATE job_schedule SET next_run_at = $1 WHERE name = 'test.daily-chores'`, [missed]);
    const jobs = app.get(JobQueue);
    // Two runs at once in one process share the run; several processes share the row lock.
    await Promise.all([jobs.runDue(), jobs.runDue()]);
    await jobs.runDue();

    expect(app.get(DailyChores).runs).toEqual([{ scheduledFor: missed.toISOString() }]);
    const after = await schedule();
    expect(after.lastRunAt).not.toBeNull();
    expect(after.nextRunAt.getTime()).toBeGreaterThan(Date.now());
    expect(after.nextRunAt.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3600_000);
  });
});
