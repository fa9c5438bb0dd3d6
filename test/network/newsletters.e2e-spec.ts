import { MAIL_JOB } from '../../src/jobs/durable-mail.service';
import { JobQueue } from '../../src/jobs/job-queue.service';
import { MembershipRole, MembershipStatus } from '../../src/common/enums/membership.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { NetworkNewsSubscription } from '../../src/network/network-news-subscription.entity';
import { NEWS_SUBSCRIBE_LIMIT } from '../../src/network/news-rate-limit';
import { NewsletterDelivery } from '../../src/network/newsletter-delivery.entity';
import { DEFAULT_PASSWORD } from '../support/factories/account.factory';
import { createAccount } from '../support/factories/account.factory';
import { createMembership, createNetwork } from '../support/factories/network.factory';
import { LoopbackClients } from '../support/loopback-client';
import { SmtpSink, type ReceivedMail } from '../support/smtp-sink';
import { createTestApp, TestApp } from '../support/test-app';

const tokenIn = (mail: ReceivedMail, path: string): string => {
  const match = new RegExp(`${path.replace(/\//g, '\\/')}\\?token=([^\\s&>]+)`).exec(mail.text);
  if (!match) throw new Error(`No ${path} link in "${mail.subject}"`);
  return decodeURIComponent(match[1]);
};

// A refused confirmation mail is tried again after a second, not a minute.
process.env.JOBS_RETRY_DELAY_SECONDS = '1';

const SUBSCRIBE = `mutation($n: String!, $e: String!) { subscribeToNetworkNews(network: $n, email: $e) }`;

describe('network newsletters, through a real SMTP server', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let editorToken: string;
  let clients: LoopbackClients | undefined;
  /** GraphQL from other loopback addresses: other visitors, as rate limits see them. */
  const loopback = async () => (clients ??= await LoopbackClients.start(t));

  beforeAll(async () => {
    t = await createTestApp();
    sink = t.mail;
    editorToken = (await createAccount(t, { role: Role.EDITOR })).token;
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Subscribes, then runs the due jobs (the confirmation mail is one; the app's worker is off in tests). */
  const subscribe = async (network: string, email: string) => {
    const res = await t.gql(SUBSCRIBE, { n: network, e: email });
    await t.app.get(JobQueue).runDue();
    return res;
  };
  const mailJobsTo = async (email: string) =>
    ((await t.dataSource.query(`SELECT state::text AS state FROM pgboss.job WHERE name = $1 AND data->>'to' = $2`, [MAIL_JOB, email])) as Array<{
      state: string;
    }>).map((r) => r.state);
  const codeOf = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => String(res.errors?.[0]?.extensions?.code ?? 'ok');
  const confirm = (token: string) => t.gql(`mutation($t: String!) { confirmNewsSubscription(token: $t) }`, { t: token });
  /** Sends, then runs the due jobs (the app's worker is off in tests). */
  const send = async (network: string, token: string, subject = 'Nytt fra nettverket', runJobs = true) => {
    const res = await t.gql(
      `mutation($n: String!, $s: String!, $b: String!) { sendNetworkNewsletter(network: $n, subject: $s, body: $b) { id subject recipientCount } }`,
      { n: network, s: subject, b: 'Velkommen til høstens samling.' },
      token,
    );
    if (runJobs) await t.app.get(JobQueue).runDue();
    return res;
  };

  it('subscribes by double opt-in, with the same answer whether or not the address was subscribed', async () => {
    const network = await createNetwork(t.dataSource);
    const first = await subscribe(network.slug, 'Leser@Example.no');
    expect(first).toEqual({ data: { subscribeToNetworkNews: true } });
    const mail = await sink.waitFor('leser@example.no', { subject: /Bekreft abonnement/ });
    expect(mail.text).toContain('http://localhost:3000/nyhetsbrev/bekreft?token=');
    const token = tokenIn(mail, '/nyhetsbrev/bekreft');

    const sentBefore = await send(network.slug, editorToken, 'Før bekreftelse');
    expect(sentBefore.data!.sendNetworkNewsletter.recipientCount).toBe(0);

    expect(await confirm(token)).toEqual({ data: { confirmNewsSubscription: true } });
    const reused = await confirm(token);
    expect(reused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });

    // Already confirmed: the same answer, and no new mail.
    const before = sink.to('leser@example.no').length;
    expect(await subscribe(network.slug, 'leser@example.no')).toEqual({ data: { subscribeToNetworkNews: true } });
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.to('leser@example.no')).toHaveLength(before);

    const bad = await subscribe(network.slug, 'ikke-en-adresse');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('sends each recipient once: members who accept network mail with a confirmed address, and confirmed subscribers', async () => {
    const network = await createNetwork(t.dataSource);
    const coordinator = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED, profile: { acceptsNetworkMail: true } });
    await createMembership(t.dataSource, network, coordinator.researcher.id, { role: MembershipRole.COORDINATOR });
    const both = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED, profile: { acceptsNetworkMail: true } });
    await createMembership(t.dataSource, network, both.researcher.id);
    const declines = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED, profile: { acceptsNetworkMail: false } });
    await createMembership(t.dataSource, network, declines.researcher.id);
    const unverified = await createAccount(t, { emailVerified: false, profile: { acceptsNetworkMail: true } });
    await createMembership(t.dataSource, network, unverified.researcher.id);
    const ended = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED, profile: { acceptsNetworkMail: true } });
    await createMembership(t.dataSource, network, ended.researcher.id, { status: MembershipStatus.ENDED, endedOn: '2025-01-01' });

    // A member who also subscribes (in other letters) gets one mail.
    await subscribe(network.slug, both.account.email.toUpperCase());
    await confirm(tokenIn(await sink.waitFor(both.account.email, { subject: /Bekreft/ }), '/nyhetsbrev/bekreft'));
    await subscribe(network.slug, 'abonnent@example.org');
    await confirm(tokenIn(await sink.waitFor('abonnent@example.org', { subject: /Bekreft/ }), '/nyhetsbrev/bekreft'));
    await subscribe(network.slug, 'ubekreftet@example.org');
    await sink.waitFor('ubekreftet@example.org', { subject: /Bekreft/ });

    const res = await send(network.slug, coordinator.token, 'Nyhetsbrev våren');
    expect(res.errors).toBeUndefined();
    expect(res.data!.sendNetworkNewsletter).toMatchObject({ subject: 'Nyhetsbrev våren', recipientCount: 3 });
    const expected = [coordinator.account.email, both.account.email, 'abonnent@example.org'].map((e) => e.toLowerCase());
    const letters = () => sink.messages.filter((m) => m.subject === 'Nyhetsbrev våren');
    await sink.waitUntil(() => letters().length >= 3, 10_000, 'the newsletter');
    await new Promise((r) => setTimeout(r, 300));
    expect(letters().flatMap((m) => m.envelopeTo).sort()).toEqual([...expected].sort());
    expect(await t.dataSource.getRepository(NewsletterDelivery).countBy({ newsletterId: res.data!.sendNetworkNewsletter.id })).toBe(3);

    const letter = letters()[0];
    expect(letter.headers['list-unsubscribe']).toMatch(/^<http:\/\/localhost:3000\/nyhetsbrev\/avmeld\?token=[^>]+>$/);
    expect(letter.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    // One link per recipient.
    expect(new Set(letters().map((m) => m.headers['list-unsubscribe'])).size).toBe(3);

    const archive = await t.gql(`query($n: String!) { network(slug: $n) { newsletters { subject body recipientCount } } }`, { n: network.slug });
    expect(archive.data!.network.newsletters[0]).toEqual({ subject: 'Nyhetsbrev våren', body: 'Velkommen til høstens samling.', recipientCount: null });
  });

  it('lets deciders and editors send, and nobody else', async () => {
    const network = await createNetwork(t.dataSource);
    const other = await createNetwork(t.dataSource);
    const coordinatorElsewhere = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    await createMembership(t.dataSource, other, coordinatorElsewhere.researcher.id, { role: MembershipRole.COORDINATOR });
    const member = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    await createMembership(t.dataSource, network, member.researcher.id);
    expect((await send(network.slug, coordinatorElsewhere.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await send(network.slug, member.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.gql(`mutation { sendNetworkNewsletter(network: "${network.slug}", subject: "Hei", body: "Tekst") { id } }`);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await send(network.slug, editorToken)).errors).toBeUndefined();
    const empty = await t.gql(`mutation { sendNetworkNewsletter(network: "${network.slug}", subject: "  ", body: "Tekst") { id } }`, {}, editorToken);
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subject' });
  });

  it('unsubscribes at once on the one-click POST (RFC 8058), and refuses a forged link', async () => {
    const network = await createNetwork(t.dataSource);
    const member = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED, profile: { acceptsNetworkMail: true } });
    await createMembership(t.dataSource, network, member.researcher.id);
    await subscribe(network.slug, 'forlater@example.org');
    await confirm(tokenIn(await sink.waitFor('forlater@example.org', { subject: /Bekreft/ }), '/nyhetsbrev/bekreft'));

    await send(network.slug, editorToken, 'Første brev');
    const first = await sink.waitFor('forlater@example.org', { subject: /Første brev/ });
    const memberLetter = await sink.waitFor(member.account.email, { subject: /Første brev/ });
    const url = new URL(/^<(.+)>$/.exec(first.headers['list-unsubscribe'])![1]);

    const forged = url.searchParams.get('token')!.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    const refused = await t.http().post(`/nyhetsbrev/avmeld?token=${encodeURIComponent(forged)}`).type('form').send('List-Unsubscribe=One-Click');
    expect(refused.status).toBe(400);

    const res = await t.http().post(`${url.pathname}${url.search}`).type('form').send('List-Unsubscribe=One-Click');
    expect(res.status).toBe(200);
    // The member leaves by the link too (through the page's button: the GraphQL mutation).
    const memberUrl = new URL(/^<(.+)>$/.exec(memberLetter.headers['list-unsubscribe'])![1]);
    const viaPage = await t.gql(`mutation($t: String!) { unsubscribeFromNetworkNews(token: $t) }`, { t: memberUrl.searchParams.get('token') });
    expect(viaPage).toEqual({ data: { unsubscribeFromNetworkNews: true } });

    const second = await send(network.slug, editorToken, 'Andre brev');
    expect(second.data!.sendNetworkNewsletter.recipientCount).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.messages.filter((m) => m.subject === 'Andre brev')).toHaveLength(0);
  });

  it('sends one confirmation mail however often an address is entered within minutes', async () => {
    const network = await createNetwork(t.dataSource);
    for (let i = 0; i < 3; i++) expect(await subscribe(network.slug, 'ivrig@example.org')).toEqual({ data: { subscribeToNetworkNews: true } });
    await sink.waitFor('ivrig@example.org', { subject: /Bekreft/ });
    await new Promise((r) => setTimeout(r, 500));
    expect(sink.to('ivrig@example.org')).toHaveLength(1);
  });

  it("erases a person's subscriptions and deliveries with the account", async () => {
    const network = await createNetwork(t.dataSource);
    const person = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED, profile: { acceptsNetworkMail: true } });
    await createMembership(t.dataSource, network, person.researcher.id);
    await subscribe(network.slug, person.account.email);
    await sink.waitFor(person.account.email, { subject: /Bekreft/ });
    const sent = await send(network.slug, editorToken, 'Før sletting');
    await sink.waitFor(person.account.email, { subject: /Før sletting/ });
    const exported = JSON.parse((await t.gql(`{ exportMyData }`, {}, person.token)).data!.exportMyData);
    expect(exported.newsletterSubscriptions).toEqual([expect.objectContaining({ network: network.slug, confirmed_at: null })]);
    const erased = await t.gql(`mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: DEFAULT_PASSWORD }, person.token);
    expect(erased).toEqual({ data: { deleteMyAccount: true } });
    const email = person.account.email.toLowerCase();
    expect(await t.dataSource.getRepository(NetworkNewsSubscription).countBy({ email })).toBe(0);
    expect(await t.dataSource.getRepository(NewsletterDelivery).countBy({ email })).toBe(0);
    expect(sent.data!.sendNetworkNewsletter.recipientCount).toBe(1);
  });

  it('queues the confirmation mail as a durable job: kept while the SMTP server refuses it, then sent once', async () => {
    const network = await createNetwork(t.dataSource);
    const address = 'taalmodig@example.org';
    sink.refuse((to) => to === address);
    expect(await t.gql(SUBSCRIBE, { n: network.slug, e: address })).toEqual({ data: { subscribeToNetworkNews: true } });
    // Answered before anything was sent: the mail waits in the queue.
    expect(await mailJobsTo(address)).toEqual(['created']);
    expect(sink.attempts.filter((a) => a.to === address)).toHaveLength(0);

    const jobs = t.app.get(JobQueue);
    await jobs.runDue();
    expect(sink.attempts.filter((a) => a.to === address)).toEqual([expect.objectContaining({ accepted: false })]);
    expect(await mailJobsTo(address)).toEqual(['retry']);

    sink.refuse(null);
    const deadline = Date.now() + 20_000;
    while (sink.to(address).length === 0 && Date.now() < deadline) {
      await jobs.runDue();
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(sink.to(address)).toHaveLength(1);
    expect(sink.to(address)[0].subject).toMatch(/Bekreft abonnement/);
    expect(await mailJobsTo(address)).toEqual(['completed']);
    // The link in the mail that finally went out works.
    expect(await confirm(tokenIn(sink.to(address)[0], '/nyhetsbrev/bekreft'))).toEqual({ data: { confirmNewsSubscription: true } });
    await jobs.runDue();
    expect(sink.to(address)).toHaveLength(1);
  });

  it('limits subscribing per address asked about, from any client, answering alike whether or not it was subscribed', async () => {
    const network = await createNetwork(t.dataSource);
    const c = await loopback();
    // Subscribed and confirmed beforehand, outside the limits' sight.
    await t.dataSource.getRepository(NetworkNewsSubscription).save({ networkId: network.id, email: 'kjent@example.org', confirmedAt: new Date() });
    const { limit } = NEWS_SUBSCRIBE_LIMIT.keyed;
    const answers = async (email: string) => {
      const seen: Array<{ code: string; message?: string; retryAfterSeconds?: unknown }> = [];
      // A different client each time, and the address spelt differently: the address is what counts.
      for (let i = 0; i <= limit; i++) {
        const res = await c.gql(`127.0.0.${10 + i}`, SUBSCRIBE, { n: network.slug, e: i % 2 ? email.toUpperCase() : email });
        seen.push({ code: codeOf(res), message: res.errors?.[0].message, retryAfterSeconds: res.errors?.[0].extensions?.retryAfterSeconds });
      }
      return seen;
    };
    const known = await answers('kjent@example.org');
    const unknown = await answers('ukjent@example.org');
    expect(known.map((a) => a.code)).toEqual([...Array<string>(limit).fill('ok'), 'RATE_LIMITED']);
    expect(unknown.map((a) => a.code)).toEqual(known.map((a) => a.code));
    for (const refused of [known[limit], unknown[limit]]) {
      expect(refused.message).toMatch(/^For mange forsøk\. Prøv igjen om \d+ sekunder\.$/);
      expect(refused.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(NEWS_SUBSCRIBE_LIMIT.keyed.ttl / 1000);
    }
    // The same clients may still ask for other addresses.
    expect(codeOf(await c.gql('127.0.0.10', SUBSCRIBE, { n: network.slug, e: 'annen@example.org' }))).toBe('ok');
    // One confirmation mail to the address that was not subscribed, none to the one that was.
    await t.app.get(JobQueue).runDue();
    expect(sink.to('ukjent@example.org')).toHaveLength(1);
    expect(sink.to('kjent@example.org')).toHaveLength(0);
  });

  it('limits subscribing per client, whichever addresses it asks for, and changes nothing when it refuses', async () => {
    const network = await createNetwork(t.dataSource);
    const c = await loopback();
    const { limit } = NEWS_SUBSCRIBE_LIMIT.ip;
    for (let i = 0; i < limit; i++) {
      expect(codeOf(await c.gql('127.0.0.50', SUBSCRIBE, { n: network.slug, e: `mange${i}@example.org` }))).toBe('ok');
    }
    const refused = await c.gql('127.0.0.50', SUBSCRIBE, { n: network.slug, e: 'en-til@example.org' });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.errors?.[0].message).toMatch(/Prøv igjen om \d+ sekunder/);
    expect(refused.data).toBeNull();
    const subscriptions = t.dataSource.getRepository(NetworkNewsSubscription);
    expect(await subscriptions.countBy({ email: 'en-til@example.org' })).toBe(0);
    expect(await mailJobsTo('en-til@example.org')).toEqual([]);
    // Another client is not held back by this one.
    expect(codeOf(await c.gql('127.0.0.51', SUBSCRIBE, { n: network.slug, e: 'en-til@example.org' }))).toBe('ok');
    expect(await subscriptions.countBy({ email: 'en-til@example.org' })).toBe(1);
  });
});
