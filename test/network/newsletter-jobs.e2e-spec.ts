import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { MAIL_JOB } from '../../src/jobs/durable-mail.service';
import { NetworkNewsSubscription } from '../../src/network/network-news-subscription.entity';
import { createAccount } from '../support/factories/account.factory';
import { createMembership, createNetwork } from '../support/factories/network.factory';
import { eventually } from '../support/eventually';
import { FAST_JOB_ENV, JobRunners } from '../support/job-runners';
import { SmtpSink } from '../support/smtp-sink';
import { spawnApp, SpawnedApp } from '../support/spawn-app';
import { createTestApp, TestApp } from '../support/test-app';

// The test app queues jobs with the same retry and expiry settings as the runners it starts.
Object.assign(process.env, FAST_JOB_ENV);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Newsletters sent through `sendNetworkNewsletter` and delivered by other processes on the
 * same database: two `npm run jobs -- --run-due` at once, and the app killed part-way and
 * started again. Each recipient gets one mail.
 */
describe('newsletters delivered by job runners that race or restart', () => {
  jest.setTimeout(300_000);
  let t: TestApp;
  let sink: SmtpSink;
  let editorToken: string;
  let runners: JobRunners;
  let spawned: SpawnedApp | undefined;

  beforeAll(async () => {
    t = await createTestApp();
    sink = t.mail;
    editorToken = (await createAccount(t, { role: Role.EDITOR })).token;
    runners = JobRunners.prepare(t, sink.url, 'newsletter');
  });

  afterEach(async () => {
    runners.killAll();
    await spawned?.stop('SIGKILL');
    spawned = undefined;
    sink.hold(null);
    for (const held of sink.held.splice(0)) held.release();
  });

  afterAll(async () => {
    await t?.close();
    runners?.close();
  });

  /**
   * A network with `members` members who accept network mail and `subscribers` confirmed
   * subscribers, one of whom is also a member (so must get one mail, not two). Returns the
   * addresses that should each get the newsletter once.
   */
  async function networkWithReaders(tag: string, members: number, subscribers: number) {
    const network = await createNetwork(t.dataSource);
    const addresses: string[] = [];
    for (let i = 0; i < members; i++) {
      const member = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED, profile: { acceptsNetworkMail: true } });
      await createMembership(t.dataSource, network, member.researcher.id);
      addresses.push(member.account.email.toLowerCase());
    }
    const subscriptions = t.dataSource.getRepository(NetworkNewsSubscription);
    await subscriptions.save({ networkId: network.id, email: addresses[0], confirmedAt: new Date() });
    for (let i = 1; i <= subscribers; i++) {
      const email = `${tag}-leser${i}@example.org`;
      await subscriptions.save({ networkId: network.id, email, confirmedAt: new Date() });
      addresses.push(email);
    }
    return { network, addresses };
  }

  async function sendNewsletter(slug: string, subject: string): Promise<{ id: string; recipientCount: number }> {
    const res = await t.gql(
      `mutation($n: String!, $s: String!, $b: String!) { sendNetworkNewsletter(network: $n, subject: $s, body: $b) { id recipientCount } }`,
      { n: slug, s: subject, b: 'Program for samlingen.' },
      editorToken,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.sendNetworkNewsletter;
  }

  const letters = (subject: string) => sink.messages.filter((m) => m.subject === subject);
  /** How many copies of the newsletter each address received. */
  const copies = (subject: string, addresses: string[]) =>
    Object.fromEntries(addresses.map((a) => [a, letters(subject).filter((m) => m.envelopeTo.includes(a)).length]));
  const once = (addresses: string[]) => Object.fromEntries(addresses.map((a) => [a, 1]));

  async function jobStates(subject: string): Promise<Record<string, number>> {
    const rows = (await t.dataSource.query(
      `SELECT state::text AS state, count(*)::int AS n FROM pgboss.job WHERE name = $1 AND data->>'subject' = $2 GROUP BY 1`,
      [MAIL_JOB, subject],
    )) as Array<{ state: string; n: number }>;
    return Object.fromEntries(rows.map((r) => [r.state, r.n]));
  }

  it('sends each recipient once when two `npm run jobs -- --run-due` race', async () => {
    const subject = 'Kappløpsbrev';
    const { network, addresses } = await networkWithReaders('race', 4, 10);
    const sent = await sendNewsletter(network.slug, subject);
    expect(sent.recipientCount).toBe(addresses.length);

    // A barrier: every mail waits for the SMTP answer until two are waiting at once. Each
    // runner sends one mail at a time, so two waiting means both runners are mid-newsletter.
    sink.hold(() => true);
    const first = runners.runDue();
    const second = runners.runDue();
    try {
      await sink.waitUntil(() => sink.held.length >= 2, 120_000, 'both runners to send');
    } catch (err) {
      throw new Error(`${(err as Error).message}\n--- first ---\n${first.output()}\n--- second ---\n${second.output()}`, { cause: err });
    }
    expect(sink.held).toHaveLength(2);
    sink.hold(null);
    for (const held of sink.held.splice(0)) held.release();

    expect(await first.exited).toBe(0);
    expect(await second.exited).toBe(0);
    expect(copies(subject, addresses)).toEqual(once(addresses));
    expect(letters(subject)).toHaveLength(addresses.length);
    expect(await jobStates(subject)).toEqual({ completed: addresses.length });
    // Both took part: the work was shared, not done twice.
    const ran = [first, second].map((p) => Number(/Jobs run: (\d+) completed/.exec(p.output())?.[1]));
    expect(ran[0]).toBeGreaterThan(0);
    expect(ran[1]).toBeGreaterThan(0);
    expect(ran[0] + ran[1]).toBe(addresses.length);
  });

  it('finishes a newsletter interrupted by a restart of the app, without duplicates', async () => {
    const subject = 'Brev som overlever omstart';
    const { network, addresses } = await networkWithReaders('restart', 3, 7);
    const sent = await sendNewsletter(network.slug, subject);
    expect(sent.recipientCount).toBe(addresses.length);

    // The app sends on its own (its worker); the fifth mail is held unanswered, and the app
    // is killed while it waits.
    sink.hold(() => letters(subject).length >= 4);
    spawned = await spawnApp({ ...runners.env, JOBS_POLL_SECONDS: '1' });
    await sink.waitUntil(() => sink.held.length === 1, 120_000, 'the fifth mail');
    await spawned.stop('SIGKILL');
    spawned = undefined;
    // The SMTP server sees the connection drop: the held mail was never answered, so not received.
    await sink.waitUntil(() => sink.held[0].gone, 10_000, 'the connection to drop');
    sink.hold(null);
    sink.held.splice(0).forEach((held) => held.release());
    expect(letters(subject)).toHaveLength(4);
    expect(await jobStates(subject)).toEqual({ completed: 4, active: 1, created: addresses.length - 5 });

    // Started again on the same database, the app sends the rest, the interrupted mail once it expired.
    spawned = await spawnApp({ ...runners.env, JOBS_POLL_SECONDS: '1' });
    await sink.waitUntil(() => letters(subject).length >= addresses.length, 60_000, 'the whole newsletter');
    // Time for a stray duplicate to show up, were there one.
    await sleep(2000);
    expect(copies(subject, addresses)).toEqual(once(addresses));
    expect(letters(subject)).toHaveLength(addresses.length);
    const settled = { completed: addresses.length };
    expect(await eventually(() => jobStates(subject), settled)).toEqual(settled);
    expect(await spawned.stop('SIGTERM')).toBe(0);
    spawned = undefined;
  });
});
