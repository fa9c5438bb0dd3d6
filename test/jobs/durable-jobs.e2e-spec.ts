import { DurableMail, MAIL_JOB } from '../../src/jobs/durable-mail.service';
import { JobQueue } from '../../src/jobs/job-queue.service';
import { eventually } from '../support/eventually';
import { FAST_JOB_ENV, JobRunners } from '../support/job-runners';
import { SmtpSink } from '../support/smtp-sink';
import { spawnApp, SpawnedApp } from '../support/spawn-app';
import { createTestApp, TestApp } from '../support/test-app';

// The test app queues jobs with the same retry and expiry settings as the runners it starts.
Object.assign(process.env, FAST_JOB_ENV);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('durable jobs', () => {
  jest.setTimeout(300_000);
  let sink: SmtpSink;
  let t: TestApp;
  let runners: JobRunners;
  let spawned: SpawnedApp | undefined;

  beforeAll(async () => {
    t = await createTestApp();
    sink = t.mail;
    runners = JobRunners.prepare(t, sink.url, 'jobs');
  });

  afterEach(async () => {
    runners.killAll();
    await spawned?.stop('SIGKILL');
    spawned = undefined;
    sink.hold(null);
    sink.refuse(null);
    for (const held of sink.held.splice(0)) held.release();
    sink.clear();
  });

  afterAll(async () => {
    await t?.close();
    runners?.close();
  });

  const recipients = (batch: string, n: number) => Array.from({ length: n }, (_, i) => `${batch}-${i + 1}@example.no`);

  async function queueNewsletter(batch: string, to: string[]): Promise<number> {
    return t.app.get(DurableMail).send(
      to.map((address) => ({
        key: `newsletter:${batch}:${address}`,
        message: { kind: 'newsletter', to: address, subject: `Nyhetsbrev ${batch}`, text: `Hei ${address}`, headers: { 'X-Batch': batch } },
      })),
    );
  }

  async function jobStates(batch: string): Promise<Record<string, number>> {
    const rows = (await t.dataSource.query(
      `SELECT state::text AS state, count(*)::int AS n FROM pgboss.job WHERE name = $1 AND data->>'subject' = $2 GROUP BY 1`,
      [MAIL_JOB, `Nyhetsbrev ${batch}`],
    )) as Array<{ state: string; n: number }>;
    return Object.fromEntries(rows.map((r) => [r.state, r.n]));
  }

  /** How many mails each address got. */
  function deliveries(to: string[]): Record<string, number> {
    return Object.fromEntries(to.map((address) => [address, sink.to(address).length]));
  }
  const once = (to: string[]) => Object.fromEntries(to.map((address) => [address, 1]));

  it('queues a mail once per key, however often the batch is queued', async () => {
    const to = recipients('idem', 3);
    expect(await queueNewsletter('idem', to)).toBe(3);
    expect(await queueNewsletter('idem', [...to, 'idem-4@example.no'])).toBe(1);
    await t.app.get(JobQueue).runDue();
    expect(deliveries([...to, 'idem-4@example.no'])).toEqual(once([...to, 'idem-4@example.no']));
    // Even after the jobs completed, the keys hold.
    expect(await queueNewsletter('idem', to)).toBe(0);
    await t.app.get(JobQueue).runDue();
    expect(sink.messages).toHaveLength(4);
    const mail = sink.to('idem-1@example.no')[0];
    expect(mail.subject).toBe('Nyhetsbrev idem');
    expect(mail.headers['x-batch']).toBe('idem');
  });

  it('sends each recipient one mail when two `npm run jobs -- --run-due` race', async () => {
    const to = recipients('race', 12);
    await queueNewsletter('race', to);
    // Held mails wait for their answer: two held at once means both runners are mid-batch.
    sink.hold(() => true);
    const first = runners.runDue();
    const second = runners.runDue();
    try {
      await sink.waitUntil(() => sink.held.length >= 2, 120_000, 'both runners to send');
    } catch (err) {
      throw new Error(`${(err as Error).message}\n--- first ---\n${first.output()}\n--- second ---\n${second.output()}`, { cause: err });
    }
    sink.hold(null);
    for (const held of sink.held.splice(0)) held.release();

    expect(await first.exited).toBe(0);
    expect(await second.exited).toBe(0);
    expect(deliveries(to)).toEqual(once(to));
    expect(await jobStates('race')).toEqual({ completed: 12 });
    const ran = [first, second].map((p) => Number(/Jobs run: (\d+) completed/.exec(p.output())?.[1]));
    expect(ran[0]).toBeGreaterThan(0);
    expect(ran[1]).toBeGreaterThan(0);
    expect(ran[0] + ran[1]).toBe(12);
  });

  it('finishes a batch whose runner was killed, without duplicates, once the app runs again', async () => {
    const to = recipients('kill', 8);
    await queueNewsletter('kill', to);
    // The fourth mail is held; the runner is killed while waiting for the SMTP answer.
    sink.hold(() => sink.messages.length >= 3);
    const runner = runners.runDue();
    await sink.waitUntil(() => sink.held.length === 1, 120_000, 'the fourth mail');
    process.kill(-runner.child.pid!, 'SIGKILL');
    await runner.exited;
    // The SMTP server sees the connection drop: the held mail was never answered, so not received.
    await sink.waitUntil(() => sink.held[0].gone, 10_000, 'the connection to drop');
    sink.hold(null);
    sink.held.splice(0).forEach((held) => held.release());
    expect(sink.messages).toHaveLength(3);
    expect(await jobStates('kill')).toEqual({ completed: 3, active: 1, created: 4 });

    // The app runs due jobs itself: the rest at once, the interrupted one once it expired.
    spawned = await spawnApp({ ...runners.env, JOBS_POLL_SECONDS: '1' });
    await sink.waitUntil(() => to.every((address) => sink.to(address).length > 0), 60_000, 'the whole batch');
    await sleep(2000);
    expect(deliveries(to)).toEqual(once(to));
    expect(await eventually(() => jobStates('kill'), { completed: 8 })).toEqual({ completed: 8 });
    expect(await spawned.stop('SIGTERM')).toBe(0);
    spawned = undefined;
  });

  it('retries a refused mail with growing delays and leaves it failed, while the others go out', async () => {
    const to = ['fail-ok@example.no', 'fail-bounce@example.no'];
    sink.refuse((address) => address === 'fail-bounce@example.no');
    await queueNewsletter('fail', to);
    const jobs = t.app.get(JobQueue);
    const deadline = Date.now() + 30_000;
    while ((await jobStates('fail')).failed !== 1 && Date.now() < deadline) {
      await jobs.runDue();
      await sleep(200);
    }
    expect(await jobStates('fail')).toEqual({ completed: 1, failed: 1 });
    expect(deliveries(to)).toEqual({ 'fail-ok@example.no': 1, 'fail-bounce@example.no': 0 });

    // JOBS_RETRY_LIMIT=2: three attempts, the second after ≥ 1 s, the third after ≥ 2 s more.
    const tries = sink.attempts.filter((a) => a.to === 'fail-bounce@example.no').map((a) => a.at.getTime());
    expect(tries).toHaveLength(3);
    expect(tries[1] - tries[0]).toBeGreaterThanOrEqual(900);
    expect(tries[2] - tries[1]).toBeGreaterThanOrEqual(1900);
    // More runs do not try again.
    await sleep(1500);
    await jobs.runDue();
    expect(sink.attempts.filter((a) => a.to === 'fail-bounce@example.no')).toHaveLength(3);

    const states = await jobs.states();
    expect(states).toEqual(expect.arrayContaining([{ queue: MAIL_JOB, state: 'failed', count: 1 }]));
    const [failed] = (await t.dataSource.query(
      `SELECT output FROM pgboss.job WHERE name = $1 AND state = 'failed'`,
      [MAIL_JOB],
    )) as Array<{ output: { message: string } }>;
    expect(failed.output.message).toMatch(/Try again later/);
  });
});
