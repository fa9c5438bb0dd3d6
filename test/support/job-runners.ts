import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseEndpoint } from '../../src/database/database-endpoint';
import type { TestApp } from './test-app';

const ROOT = join(__dirname, '..', '..');

/**
 * Fast retries and expiry (a job in hand when its process died is run again after 3 s). Set
 * in the test process before its app starts, and given to every process started here, so the
 * app that queues the jobs and the processes that run them agree.
 */
export const FAST_JOB_ENV = { JOBS_RETRY_LIMIT: '2', JOBS_RETRY_DELAY_SECONDS: '1', JOBS_EXPIRE_SECONDS: '3' };

/** A `npm run jobs -- --run-due` started by {@link JobRunners.runDue}. */
export interface RunnerProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * Other processes on the test app's database, as in production: job runners (`npm run jobs`)
 * and whole apps (`spawnApp` with {@link JobRunners.env}). On the embedded database they reach
 * it as commands reach a running app's: through the socket noted in their data folder.
 */
export class JobRunners {
  private readonly children: ChildProcess[] = [];

  private constructor(
    private readonly dataDir: string,
    /** The environment for processes on this database, mail to `smtpUrl`. */
    readonly env: Record<string, string>,
  ) {}

  static prepare(t: TestApp, smtpUrl: string, name: string): JobRunners {
    const dataDir = mkdtempSync(join(tmpdir(), `kk-${name}-`));
    const env: Record<string, string> = { ...FAST_JOB_ENV, SMTP_URL: smtpUrl, DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    const endpoint = t.app.get(DatabaseEndpoint);
    if (endpoint.embedded) {
      writeFileSync(join(dataDir, 'kk-server.json'), JSON.stringify({ pid: process.pid, url: endpoint.url }));
    } else {
      env.DATABASE_URL = endpoint.url;
    }
    return new JobRunners(dataDir, env);
  }

  /** `npm run jobs -- --run-due` in a process group of its own, so a kill reaches node too. */
  runDue(): RunnerProcess {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries({ ...process.env, TS_NODE_SWC: 'true', ...this.env })) {
      if (v !== undefined && k !== 'NODE_ENV' && !(k === 'DATABASE_URL' && !this.env.DATABASE_URL)) env[k] = v;
    }
    const child = spawn('npm', ['run', '--silent', 'jobs', '--', '--run-due'], { cwd: ROOT, env, detached: true });
    this.children.push(child);
    let out = '';
    child.stdout?.on('data', (d) => (out += d));
    child.stderr?.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return { child, output: () => out, exited };
  }

  /** Kills every runner still going, with its whole process group. */
  killAll(): void {
    for (const child of this.children.splice(0)) {
      if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
    }
  }

  /** Kills what still runs and removes the data folder. */
  close(): void {
    this.killAll();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
