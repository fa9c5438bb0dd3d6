import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseEndpoint } from '../../src/database/database-endpoint';
import { JobQueue } from '../../src/jobs/job-queue.service';
import { MembershipRole, MembershipStatus } from '../../src/common/enums/membership.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { MailTransport } from '../../src/mail/mail-transport';
import { SmtpTransport } from '../../src/mail/smtp-transport';
import { NetworkNewsSubscription } from '../../src/network/network-news-subscription.entity';
import { NewsletterDelivery } from '../../src/network/newsletter-delivery.entity';
import { DEFAULT_PASSWORD } from '../support/factories/account.factory';
import { createAccount } from '../support/factories/account.factory';
import { createMembership, createNetwork } from '../support/factories/network.factory';
import { SmtpSink, type ReceivedMail } from '../support/smtp-sink';
import { createTestApp, TestApp } from '../support/test-app';

const tokenIn = (mail: ReceivedMail, path: string): string => {
  const match = new RegExp(`${path.replace(/\//g, '\\/')}\\?token=([^\\s&>]+)`).exec(mail.text);
  if (!match) throw new Error(`No ${path} link in "${mail.subject}"`);
  return decodeURIComponent(match[1]);
};

describe('network newsletters, through a real SMTP server', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let editorToken: string;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await createTestApp({
      configure: (builder) => builder.overrideProvider(MailTransport).useValue(new SmtpTransport(sink.url)),
    });
    editorToken = (await createAccount(t, { role: Role.EDITOR })).token;
  });
  afterAll(async () => {
    await t?.close();
    await sink?.stop();
  });

  const subscribe = (network: string, email: string) =>
    t.gql(`mutation($n: String!, $e: String!) { subscribeToNetworkNews(network: $n, email: $e) }`, { n: network, e: email });
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

  it('sends each recipient once when two `npm run jobs -- --run-due` race', async () => {
    const network = await createNetwork(t.dataSource);
    for (let i = 1; i <= 6; i++) {
      await subscribe(network.slug, `kappløp${i}@example.org`);
      await confirm(tokenIn(await sink.waitFor(`kappløp${i}@example.org`, { subject: /Bekreft/ }), '/nyhetsbrev/bekreft'));
    }
    const res = await send(network.slug, editorToken, 'Kappløpsbrev', false);
    expect(res.data!.sendNetworkNewsletter.recipientCount).toBe(6);

    const dataDir = mkdtempSync(join(tmpdir(), 'kk-newsletter-'));
    const endpoint = t.app.get(DatabaseEndpoint);
    const extra: Record<string, string> = { SMTP_URL: sink.url, DATA_DIR: dataDir, LOG_LEVEL: 'warn', TS_NODE_SWC: 'true' };
    if (endpoint.embedded) writeFileSync(join(dataDir, 'kk-server.json'), JSON.stringify({ pid: process.pid, url: endpoint.url }));
    else extra.DATABASE_URL = endpoint.url;
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries({ ...process.env, ...extra })) {
      if (v !== undefined && k !== 'NODE_ENV' && !(k === 'DATABASE_URL' && !extra.DATABASE_URL)) env[k] = v;
    }
    const runner = () =>
      new Promise<number | null>((resolve) => {
        const child = spawn('npm', ['run', '--silent', 'jobs', '--', '--run-due'], { cwd: join(__dirname, '..', '..'), env });
        child.on('exit', (code) => resolve(code));
      });
    try {
      expect(await Promise.all([runner(), runner()])).toEqual([0, 0]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
    const letters = sink.messages.filter((m) => m.subject === 'Kappløpsbrev');
    expect(letters.flatMap((m) => m.envelopeTo).sort()).toEqual(Array.from({ length: 6 }, (_, i) => `kappløp${i + 1}@example.org`).sort());
  });
});
