import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

interface Times {
  self: number;
  reapedChildren: number;
  ppid: number;
}

function readTimes(pid: number): Times | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is the state (field 3 of stat); utime, stime, cutime, cstime are fields 14–17.
    return {
      ppid: Number(fields[1]),
      self: Number(fields[11]) + Number(fields[12]),
      reapedChildren: Number(fields[13]) + Number(fields[14]),
    };
  } catch {
    return null;
  }
}

/**
 * CPU seconds spent by the app processes and by PostgreSQL clusters (postmaster, the backends
 * it has reaped and those alive), sampled every 200 ms so that a process killed or a cluster
 * restarted mid-run keeps what it had used. CPU per request does not depend on what else the
 * machine is doing, unlike requests per second, so a run on a busy machine still says where the
 * time goes.
 */
export class CpuMeter {
  private readonly latest = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;
  private readonly started = process.cpuUsage();

  constructor(
    private readonly appPids: () => number[],
    private readonly clusterDataDirs: string[],
  ) {
    this.sample();
    this.baseline = this.totals();
    this.timer = setInterval(() => this.sample(), 200);
  }

  private baseline: { app: number; database: number };

  /** Stops sampling; CPU seconds used since the meter was made. */
  stop(): { app: number; database: number; loadGenerator: number } {
    clearInterval(this.timer);
    this.sample();
    const now = this.totals();
    const used = process.cpuUsage(this.started);
    return {
      app: now.app - this.baseline.app,
      database: now.database - this.baseline.database,
      loadGenerator: (used.user + used.system) / 1e6,
    };
  }

  private sample(): void {
    for (const pid of this.appPids()) {
      const t = pid ? readTimes(pid) : null;
      if (t) this.latest.set(`app:${pid}`, t.self / TICKS_PER_SECOND);
    }
    const postmasters = this.clusterDataDirs
      .map((dir) => join(dir, 'postmaster.pid'))
      .filter((file) => existsSync(file))
      .map((file) => Number(readFileSync(file, 'utf8').split('\n')[0]));
    if (postmasters.length === 0) return;
    const live = new Map<number, number>(postmasters.map((pm) => [pm, 0]));
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const t = readTimes(Number(entry));
      if (t && live.has(t.ppid)) live.set(t.ppid, live.get(t.ppid)! + t.self);
    }
    for (const pm of postmasters) {
      const t = readTimes(pm);
      if (t) this.latest.set(`db:${pm}`, (t.self + t.reapedChildren + live.get(pm)!) / TICKS_PER_SECOND);
    }
  }

  private totals(): { app: number; database: number } {
    let app = 0;
    let database = 0;
    for (const [key, seconds] of this.latest) {
      if (key.startsWith('app:')) app += seconds;
      else database += seconds;
    }
    return { app, database };
  }
}
