import { randomUUID } from 'node:crypto';
import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { Environment } from '../config/environment';
import { DatabaseEndpoint } from '../database/database-endpoint';
import { nextRun } from './cron';

/** What a handler learns about the job it runs. */
export interface JobContext {
  id: string;
  /** 0 on the first attempt. */
  retryCount: number;
}

export interface JobDefinition<T> {
  /** The queue name: letters, digits, `.`, `-`, `_` (e.g. `mail.send`). */
  name: string;
  handle(data: T, context: JobContext): Promise<void>;
  /** Defaults: JOBS_RETRY_LIMIT, JOBS_RETRY_DELAY_SECONDS (doubled each retry), JOBS_EXPIRE_SECONDS. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  expireInSeconds?: number;
  /** Runs periodically: a cron expression (minute hour day month weekday) in `timeZone`. */
  schedule?: { cron: string; timeZone?: string };
}

export interface EnqueueItem<T> {
  data: T;
  /** Queued at most once ever under this key (e.g. `newsletter:<id>:<recipient>`). */
  key?: string;
  startAfter?: Date;
}

export interface RunSummary {
  completed: number;
  failed: number;
}

export interface QueueState {
  queue: string;
  state: string;
  count: number;
}

const KEY_CHUNK = 500;
const DEFAULT_TIME_ZONE = 'Europe/Oslo';

/**
 * Durable jobs kept in PostgreSQL by pg-boss 10 (11+ needs Node 22), on the real server and on
 * the embedded PGlite alike: pg-boss claims jobs with FOR UPDATE SKIP LOCKED, so two app
 * instances or two `npm run jobs -- --run-due` never run the same job at once; a failed job is
 * retried with exponential backoff and then stays in state `failed`; a job whose process died
 * is retried once it expires (JOBS_EXPIRE_SECONDS).
 *
 * pg-boss creates and upgrades its own `pgboss` schema at start-up, under an advisory lock so
 * instances starting together are safe. We let it: copying its DDL into our migrations would
 * fork its upgrade path, and TypeORM's migrations and drift check only concern our tables.
 *
 * Modules define their jobs (in their constructor or onModuleInit) and enqueue them; nothing
 * runs until {@link runDue} is called, by the app's worker (src/bootstrap.ts) or by the command
 * `npm run jobs -- --run-due`.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly definitions = new Map<string, JobDefinition<any>>();
  private readonly boss: PgBoss;
  private started = false;
  private stopping = false;
  private running: Promise<RunSummary> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private workerOn = false;
  private ticking = false;
  private rerun = false;

  constructor(
    private readonly env: Environment,
    endpoint: DatabaseEndpoint,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.boss = new PgBoss({
      connectionString: endpoint.url,
      // Its own small pool, apart from the app's: PGlite's socket serves a few connections.
      max: endpoint.isEmbedded ? 1 : 2,
      application_name: 'kompetansekatalogen-jobs',
      // Expiry, archiving and deletion; runDue also expires before it fetches.
      supervise: true,
      // Schedules are ours (job_schedule): pg-boss's cron fires only within the minute.
      schedule: false,
      archiveCompletedAfterSeconds: 24 * 3600,
      // Job data holds mail with addresses: gone from the archive after a week.
      deleteAfterDays: 7,
    });
    this.boss.on('error', (err: Error) => this.logger.warn(`Job queue: ${err.message}`));
  }

  /** Registers a job kind; call before the application has bootstrapped. */
  define<T>(definition: JobDefinition<T>): void {
    if (this.started) throw new Error(`Job ${definition.name} defined after start-up`);
    if (this.definitions.has(definition.name)) throw new Error(`Job ${definition.name} defined twice`);
    if (definition.schedule) nextRun(definition.schedule.cron, definition.schedule.timeZone ?? DEFAULT_TIME_ZONE, new Date());
    this.definitions.set(definition.name, definition);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    for (const name of this.definitions.keys()) await this.ensureQueue(name);
    await this.saveSchedules();
    this.started = true;
  }

  /**
   * Queues jobs, in the caller's transaction if `manager` is given (so a newsletter and its
   * recipients' jobs are stored together or not at all). Items whose key was used before are
   * left out. Returns how many were queued.
   */
  async enqueue<T>(name: string, items: EnqueueItem<T>[], manager?: EntityManager): Promise<number> {
    const definition = this.definition(name);
    if (items.length === 0) return 0;
    const work = async (runner: QueryRunner) => {
      const db: PgBoss.Db = { executeSql: async (text, values) => ({ rows: (await runner.query(text, values, true)).records }) };
      let queued = 0;
      for (let i = 0; i < items.length; i += KEY_CHUNK) {
        const chunk = items.slice(i, i + KEY_CHUNK).map((item) => ({ ...item, id: randomUUID() }));
        const keyed = chunk.filter((item) => item.key !== undefined);
        const fresh = new Set<string>();
        if (keyed.length > 0) {
          const rows = (await runner.query(
            `INSERT INTO job_key (key, queue, job_id)
             SELECT k, $2, id FROM unnest($1::text[], $3::uuid[]) AS t(k, id)
             ON CONFLICT (key) DO NOTHING RETURNING key`,
            [keyed.map((item) => item.key), name, keyed.map((item) => item.id)],
          )) as Array<{ key: string }>;
          for (const row of rows) fresh.add(row.key);
        }
        const jobs = chunk
          .filter((item) => item.key === undefined || fresh.has(item.key))
          .map((item): PgBoss.JobInsert => ({
            id: item.id,
            name,
            data: item.data as object,
            startAfter: item.startAfter?.toISOString(),
            ...this.retryOptions(definition),
          }));
        if (jobs.length > 0) await this.boss.insert(jobs, { db });
        queued += jobs.length;
      }
      return queued;
    };
    if (manager?.queryRunner?.isTransactionActive) return work(manager.queryRunner);
    return this.dataSource.transaction((tx) => work(tx.queryRunner!));
  }

  /**
   * Runs every job that is due, one at a time, until none is left (or the app stops), and
   * queues the periodic jobs that are due first. Returns what happened.
   */
  async runDue(): Promise<RunSummary> {
    if (!this.started) throw new Error('The job queue has not started');
    // One run at a time per process; a second caller shares the run in progress.
    if (this.running) return this.running;
    this.running = this.runAll().finally(() => (this.running = null));
    return this.running;
  }

  /** The app's own worker: runs due jobs every JOBS_POLL_SECONDS until shutdown. */
  startWorker(): void {
    if (this.workerOn || this.stopping) return;
    this.workerOn = true;
    this.scheduleTick(0);
    this.logger.log(`Job worker started (every ${this.env.JOBS_POLL_SECONDS} s)`);
  }

  /**
   * Runs due jobs now instead of at the next poll, when this process runs the worker: for
   * mail a person is waiting for (a confirmation link). Call once the jobs' transaction has
   * committed. Without the worker (tests, `--run-due` deployments) it does nothing.
   */
  wake(): void {
    if (!this.workerOn || this.stopping) return;
    // A run in progress may already have looked at the queue: run once more right after it.
    if (this.ticking) this.rerun = true;
    else this.scheduleTick(0);
  }

  private scheduleTick(delayMs: number): void {
    if (this.stopping) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.tick(), delayMs);
  }

  private tick(): void {
    this.timer = null;
    this.ticking = true;
    this.runDue()
      .catch((err: unknown) => this.logger.error(`Job run failed: ${err instanceof Error ? err.message : String(err)}`))
      .finally(() => {
        this.ticking = false;
        const again = this.rerun;
        this.rerun = false;
        this.scheduleTick(again ? 0 : this.env.JOBS_POLL_SECONDS * 1000);
      });
  }

  /**
   * Erasure: removes the queue's jobs (waiting, running, done or archived) whose data has
   * `field` equal to `value` (case ignored), and the once-only keys that end with `keySuffix`
   * (kept after their jobs are deleted), in the caller's transaction. Returns how many jobs went.
   */
  async eraseJobs(manager: EntityManager, name: string, match: { field: string; value: string; keySuffix: string }): Promise<number> {
    const params = [name, match.field, match.value.toLowerCase()];
    let erased = 0;
    for (const table of ['pgboss.job', 'pgboss.archive']) {
      const rows = (await manager.query(
        `WITH gone AS (DELETE FROM ${table} WHERE name = $1 AND lower(data->>$2) = $3 RETURNING id)
         SELECT count(*)::int AS n FROM gone`,
        params,
      )) as Array<{ n: number }>;
      erased += rows[0].n;
    }
    // right(): a suffix compared as text, so characters LIKE treats as patterns (_ %) mean themselves.
    await manager.query(`DELETE FROM job_key WHERE queue = $1 AND right(lower(key), length($2)) = $2`, [
      name,
      match.keySuffix.toLowerCase(),
    ]);
    return erased;
  }

  /** Job counts per queue and state, including `failed`. */
  async states(): Promise<QueueState[]> {
    const rows = (await this.dataSource.query(
      `SELECT name AS queue, state::text AS state, count(*)::int AS count FROM pgboss.job GROUP BY 1, 2
       UNION ALL
       SELECT name, state::text, count(*)::int FROM pgboss.archive GROUP BY 1, 2
       ORDER BY 1, 2`,
    )) as QueueState[];
    const merged = new Map<string, QueueState>();
    for (const row of rows) {
      const id = `${row.queue}/${row.state}`;
      const seen = merged.get(id);
      if (seen) seen.count += row.count;
      else merged.set(id, { ...row });
    }
    return [...merged.values()];
  }

  /** Stops the worker and waits for the job in hand, before the database closes. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
    await this.boss.stop({ graceful: true, wait: true, timeout: 5000 });
  }

  private async runAll(): Promise<RunSummary> {
    const summary: RunSummary = { completed: 0, failed: 0 };
    await this.boss.expire();
    await this.enqueueDueSchedules();
    let progressed = true;
    while (progressed && !this.stopping) {
      progressed = false;
      for (const definition of this.definitions.values()) {
        if (this.stopping) break;
        const [job] = await this.boss.fetch<object>(definition.name, { batchSize: 1, includeMetadata: true });
        if (!job) continue;
        progressed = true;
        await this.run(definition, job, summary);
      }
    }
    return summary;
  }

  private async run(definition: JobDefinition<any>, job: PgBoss.JobWithMetadata<object>, summary: RunSummary): Promise<void> {
    try {
      await definition.handle(job.data, { id: job.id, retryCount: job.retryCount });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await this.boss.fail(definition.name, job.id, { message });
      summary.failed++;
      const final = job.retryCount >= job.retryLimit;
      if (final) this.logger.error(`Job ${definition.name} ${job.id} failed for good after ${job.retryCount + 1} attempts: ${message}`);
      else this.logger.warn(`Job ${definition.name} ${job.id} failed (attempt ${job.retryCount + 1}), will retry: ${message}`);
      return;
    }
    await this.boss.complete(definition.name, job.id);
    summary.completed++;
  }

  private definition(name: string): JobDefinition<any> {
    const definition = this.definitions.get(name);
    if (!definition) throw new Error(`No job defined as ${name}`);
    return definition;
  }

  private retryOptions(definition: JobDefinition<any>) {
    return {
      retryLimit: definition.retryLimit ?? this.env.JOBS_RETRY_LIMIT,
      retryDelay: definition.retryDelaySeconds ?? this.env.JOBS_RETRY_DELAY_SECONDS,
      retryBackoff: true,
      expireInSeconds: definition.expireInSeconds ?? this.env.JOBS_EXPIRE_SECONDS,
    };
  }

  private async ensureQueue(name: string): Promise<void> {
    if (await this.boss.getQueue(name)) return;
    try {
      await this.boss.createQueue(name);
    } catch (err) {
      // Another instance created it at the same moment.
      if (!(await this.boss.getQueue(name))) throw err;
    }
  }

  private async saveSchedules(): Promise<void> {
    const now = new Date();
    for (const definition of this.definitions.values()) {
      if (!definition.schedule) continue;
      const timeZone = definition.schedule.timeZone ?? DEFAULT_TIME_ZONE;
      // A changed expression takes effect from now; an unchanged one keeps its next run.
      await this.dataSource.query(
        `INSERT INTO job_schedule (name, cron, time_zone, next_run_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (name) DO UPDATE SET cron = EXCLUDED.cron, time_zone = EXCLUDED.time_zone,
           next_run_at = CASE WHEN job_schedule.cron = EXCLUDED.cron AND job_schedule.time_zone = EXCLUDED.time_zone
                              THEN job_schedule.next_run_at ELSE EXCLUDED.next_run_at END`,
        [definition.name, definition.schedule.cron, timeZone, nextRun(definition.schedule.cron, timeZone, now)],
      );
    }
  }

  /**
   * Queues one job for each schedule that is due and moves it to its next run, in one
   * transaction: of several runners, the one that locks the row queues the job, the others
   * skip it. Runs missed while nothing ran are caught up by a single job.
   */
  private async enqueueDueSchedules(): Promise<void> {
    const scheduled = [...this.definitions.values()].filter((d) => d.schedule).map((d) => d.name);
    if (scheduled.length === 0) return;
    await this.dataSource.transaction(async (tx) => {
      const due = (await tx.query(
        `SELECT name, cron, time_zone AS "timeZone", next_run_at AS "nextRunAt" FROM job_schedule
         WHERE name = ANY($1) AND next_run_at <= now() FOR UPDATE SKIP LOCKED`,
        [scheduled],
      )) as Array<{ name: string; cron: string; timeZone: string; nextRunAt: Date }>;
      for (const schedule of due) {
        await tx.query(`UPDATE job_schedule SET next_run_at = $2, last_run_at = now() WHERE name = $1`, [
          schedule.name,
          nextRun(schedule.cron, schedule.timeZone, new Date()),
        ]);
        await this.enqueue(schedule.name, [{ data: { scheduledFor: new Date(schedule.nextRunAt).toISOString() } }], tx);
      }
    });
  }
}
