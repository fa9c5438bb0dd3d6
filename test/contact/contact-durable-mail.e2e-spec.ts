import { randomBytes } from 'node:crypto';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Visibility } from '../../src/common/enums/visibility.enum';
import { JobQueue } from '../../src/jobs/job-queue.service';
import { createAccount } from '../support/factories/account.factory';
import { SmtpSink } from '../support/smtp-sink';
import { createTestApp, TestApp } from '../support/test-app';
import { CONFIRM, CONTACT, contactInput, confirmationToken, resetContactCounters, sendQueuedMail } from './contact-helpers';

// Fast retries, a worker poll so slow that only a wake-up can explain a prompt mail, and one
// signing key for both app instances (as in production).
Object.assign(process.env, {
  JOBS_RETRY_LIMIT: '3',
  JOBS_RETRY_DELAY_SECONDS: '1',
  JOBS_POLL_SECONDS: '3600',
  JWT_SECRET: randomBytes(32).toString('hex'),
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The contact relay's mails (confirmation link, delivery, receipt) are durable jobs queued in
 * the transaction that stores the message, keyed by message: retried when the SMTP server
 * fails, sent once whoever runs them.
 */
describe('contact relay mail as durable jobs (real SMTP server on loopback)', () => {
  jest.setTimeout(120_000);
  let sink: SmtpSink;
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    sink = t.mail;
  });
  afterAll(async () => {
    await t?.close();
  });
  beforeEach(() => {
    resetContactCounters(t);
    sink.clear();
    sink.refuse(null);
  });

  const researcherAccount = () =>
    createAccount(t, {
      email: `innlogging.${Math.random().toString(36).slice(2, 8)}@uni.example`,
      profileStatus: ProfileStatus.PUBLISHED,
      profile: {
        givenName: 'Astrid',
        familyName: 'Kursholder',
        email: `profil.${Math.random().toString(36).slice(2, 8)}@sykehus.example`,
        emailVisibility: Visibility.REGISTERED,
      },
    });

  /** The pg-boss states of a message's mail jobs, by mail (through our keys). */
  async function mailJobs(senderEmail: string): Promise<Record<string, { state: string; retries: number }>> {
    const rows = (await t.dataSource.query(
      `SELECT split_part(k.key, ':', 3) AS mail, j.state::text AS state, j.retry_count AS retries
         FROM job_key k JOIN contact_message m ON k.key LIKE 'contact:' || m.id || ':%'
         JOIN (SELECT id, state, retry_count FROM pgboss.job UNION ALL SELECT id, state, retry_count FROM pgboss.archive) j ON j.id = k.job_id
        WHERE m.sender_email = $1`,
      [senderEmail],
    )) as Array<{ mail: string; state: string; retries: number }>;
    return Object.fromEntries(rows.map((r) => [r.mail, { state: r.state, retries: r.retries }]));
  }

  it('a delivery the SMTP server refuses is retried with backoff and arrives once; nothing the sender gets names the researcher', async () => {
    const { researcher, account } = await researcherAccount();
    const secrets = [account.email, researcher.email!].map((s) => s.toLowerCase());
    const input = contactInput();
    const answers: unknown[] = [];

    answers.push(await t.gql(CONTACT, { researcher: researcher.id, input }));
    // Nothing leaves before the job runs; then the link does.
    expect(sink.messages).toEqual([]);
    await sendQueuedMail(t);
    const token = confirmationToken((await sink.waitFor(input.senderEmail, { subject: /Bekreft/ })).text);

    // The researcher's mail server is down for a while (451, try again later).
    sink.refuse((to) => to === account.email.toLowerCase());
    answers.push(await t.gql(CONFIRM, { token }));
    expect(answers).toEqual([
      { data: { contactResearcher: { status: 'AWAITING_CONFIRMATION' } } },
      { data: { confirmContactSender: { status: 'SENT' } } },
    ]);
    const firstRun = await t.app.get(JobQueue).runDue();
    expect(firstRun.failed).toBe(1);
    await sink.waitFor(input.senderEmail, { subject: /er sendt/ });
    expect(sink.attempts.filter((a) => a.to === account.email.toLowerCase())).toEqual([expect.objectContaining({ accepted: false })]);
    expect(sink.to(account.email)).toEqual([]);
    expect(await mailJobs(input.senderEmail)).toMatchObject({ delivery: { state: 'retry' } });

    // Back up: the retry, once its backoff is over, delivers it.
    sink.refuse(null);
    for (let i = 0; i < 60 && sink.to(account.email).length === 0; i++) {
      await sleep(250);
      await sendQueuedMail(t);
    }
    const delivered = sink.to(account.email);
    expect(delivered).toHaveLength(1);
    expect(delivered[0].headers['reply-to']).toContain(input.senderEmail);
    expect(delivered[0].text).toContain(input.message);

    // Later runs send nothing again.
    await sleep(2500);
    await sendQueuedMail(t);
    await sendQueuedMail(t);
    expect(sink.to(account.email)).toHaveLength(1);
    const toSender = sink.to(input.senderEmail);
    expect(toSender.map((m) => m.subject)).toEqual([expect.stringMatching(/^Bekreft/), expect.stringMatching(/er sendt$/)]);
    expect(await mailJobs(input.senderEmail)).toEqual({
      confirmation: { state: 'completed', retries: 0 },
      delivery: { state: 'completed', retries: 1 },
      receipt: { state: 'completed', retries: 0 },
    });

    for (const text of [...answers.map((a) => JSON.stringify(a)), ...toSender.map((m) => m.raw)]) {
      for (const secret of secrets) expect(text.toLowerCase()).not.toContain(secret);
    }
  });

  it('mail queued by one instance is sent by another, each once, when two instances run the jobs at the same moment', async () => {
    const second = await createTestApp({ shareDatabaseOf: t });
    try {
      const { researcher, account } = await researcherAccount();
      const trusted = await createAccount(t, { emailVerified: true });
      const direct = contactInput({ senderEmail: trusted.account.email });
      const unconfirmed = contactInput();
      // Queued by the first instance, which then sends nothing itself (as if it stopped here).
      expect(await t.gql(CONTACT, { researcher: researcher.id, input: direct }, trusted.token)).toEqual({ data: { contactResearcher: { status: 'SENT' } } });
      expect((await t.gql(CONTACT, { researcher: researcher.id, input: unconfirmed })).data?.contactResearcher.status).toBe('AWAITING_CONFIRMATION');
      expect(sink.messages).toEqual([]);

      const runs = await Promise.all([t.app.get(JobQueue).runDue(), second.app.get(JobQueue).runDue()]);
      expect(runs[0].failed + runs[1].failed).toBe(0);
      await sendQueuedMail(t);
      expect(sink.to(account.email)).toHaveLength(1);
      expect(sink.to(trusted.account.email).map((m) => m.subject)).toEqual([expect.stringMatching(/er sendt$/)]);
      expect(sink.to(unconfirmed.senderEmail).map((m) => m.subject)).toEqual([expect.stringMatching(/^Bekreft/)]);

      // Confirmed twice at once (a double click): one delivery, one receipt.
      const token = confirmationToken(sink.to(unconfirmed.senderEmail)[0].text);
      const answers = await Promise.all([t.gql(CONFIRM, { token }), second.gql(CONFIRM, { token })]);
      expect(answers.filter((a) => a.data?.confirmContactSender?.status === 'SENT')).toHaveLength(1);
      await Promise.all([t.app.get(JobQueue).runDue(), second.app.get(JobQueue).runDue()]);
      expect(sink.to(account.email)).toHaveLength(2);
      expect(sink.to(unconfirmed.senderEmail).map((m) => m.subject)).toEqual([expect.stringMatching(/^Bekreft/), expect.stringMatching(/er sendt$/)]);
    } finally {
      await second.close();
    }
  });

  it('with the app’s worker on, the mails go out at once instead of at its next poll', async () => {
    const queue = t.app.get(JobQueue);
    queue.startWorker();
    // Let its first run end: the next poll is an hour away.
    await queue.runDue();
    await sleep(200);

    const { researcher, account } = await researcherAccount();
    const input = contactInput();
    expect((await t.gql(CONTACT, { researcher: researcher.id, input })).data?.contactResearcher.status).toBe('AWAITING_CONFIRMATION');
    const token = confirmationToken((await sink.waitFor(input.senderEmail, { subject: /Bekreft/, timeoutMs: 10_000 })).text);
    expect((await t.gql(CONFIRM, { token })).data?.confirmContactSender.status).toBe('SENT');
    await sink.waitFor(account.email, { timeoutMs: 10_000 });
    await sink.waitFor(input.senderEmail, { subject: /er sendt/, timeoutMs: 10_000 });
  });
});
