import { ContactPurpose } from '../../src/common/enums/contact-purpose.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { Visibility } from '../../src/common/enums/visibility.enum';
import { CONTACT_RETENTION_JOB } from '../../src/contact/contact-retention.service';
import { JobQueue } from '../../src/jobs/job-queue.service';
import { createAccount } from '../support/factories/account.factory';
import { SmtpSink } from '../support/smtp-sink';
import { createTestApp, TestApp } from '../support/test-app';
import { CONFIRM, CONTACT, contactInput, confirmationToken, MY_MESSAGES, resetContactCounters, sendQueuedMail } from './contact-helpers';

describe('contact relay (mail through a real SMTP server on loopback)', () => {
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
  });

  const researcherAccount = (opts: { profile?: Record<string, unknown>; status?: ProfileStatus } = {}) =>
    createAccount(t, {
      profileStatus: opts.status ?? ProfileStatus.PUBLISHED,
      profile: {
        givenName: 'Ingrid',
        familyName: `Diabetesforsker${Math.random().toString(36).slice(2, 7)}`,
        email: `profil.${Math.random().toString(36).slice(2, 8)}@sykehus.example`,
        emailVisibility: Visibility.REGISTERED,
        ...opts.profile,
      },
    });

  /** Writes, then runs the due jobs (the relay's mails): what was queued is in the sink after this. */
  const contact = async (researcher: string, input: Record<string, unknown>, token?: string) => {
    const res = await t.gql<{ contactResearcher: { status: string } }>(CONTACT, { researcher, input }, token);
    await sendQueuedMail(t);
    return res;
  };
  const confirm = async (token: string) => {
    const res = await t.gql(CONFIRM, { token });
    await sendQueuedMail(t);
    return res;
  };

  it('first message: a one-time link to the sender, then delivery with Reply-To, a receipt, and 30 days of trust', async () => {
    const { researcher, account } = await researcherAccount();
    const input = contactInput({ purpose: ContactPurpose.MEDIA });

    const first = await contact(researcher.id, input);
    expect(first).toEqual({ data: { contactResearcher: { status: 'AWAITING_CONFIRMATION' } } });
    const confirmation = await sink.waitFor(input.senderEmail, { subject: /Bekreft/ });
    expect(sink.to(account.email)).toEqual([]);

    const token = confirmationToken(confirmation.text);
    expect(await confirm(token)).toEqual({ data: { confirmContactSender: { status: 'SENT' } } });

    const delivered = await sink.waitFor(account.email);
    expect(delivered.headers['reply-to']).toContain(input.senderEmail);
    expect(delivered.subject).toContain(researcher.fullName);
    expect(delivered.subject).toContain('Media');
    expect(delivered.text).toContain(input.message);
    const receipt = await sink.waitFor(input.senderEmail, { subject: /er sendt/ });
    expect(receipt.subject).toContain(researcher.fullName);

    // Single use.
    const again = await confirm(token);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });

    // Trusted now: the next message goes straight through, no link.
    sink.clear();
    const second = await contact(researcher.id, { ...input, subject: 'Oppfølging' });
    expect(second.data?.contactResearcher.status).toBe('SENT');
    await sink.waitFor(account.email);
    expect(sink.to(input.senderEmail).filter((m) => /Bekreft/.test(m.subject))).toEqual([]);
  });

  it('the link lapses after 24 hours, and trust after 30 days', async () => {
    const { researcher, account } = await researcherAccount();
    const input = contactInput();
    await contact(researcher.id, input);
    const token = confirmationToken((await sink.waitFor(input.senderEmail)).text);
    await t.dataSource.query(`UPDATE contact_message SET confirm_expires_at = now() - interval '1 second' WHERE sender_email = $1`, [input.senderEmail]);
    const lapsed = await confirm(token);
    expect(lapsed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(sink.to(account.email)).toEqual([]);

    // A trusted address whose 30 days are over must confirm again.
    const trusted = contactInput();
    await t.dataSource.query(
      `INSERT INTO contact_trusted_sender (email, confirmed_at, trusted_until) VALUES ($1, now() - interval '31 days', now() - interval '1 day')`,
      [trusted.senderEmail],
    );
    expect((await contact(researcher.id, trusted)).data?.contactResearcher.status).toBe('AWAITING_CONFIRMATION');
  });

  it('a signed-in account writing from its verified address needs no confirmation; from another address it does', async () => {
    const { researcher, account } = await researcherAccount();
    const sender = await createAccount(t, { emailVerified: true });
    const own = await contact(researcher.id, contactInput({ senderEmail: sender.account.email.toUpperCase() }), sender.token);
    expect(own.data?.contactResearcher.status).toBe('SENT');
    await sink.waitFor(account.email);

    const other = await contact(researcher.id, contactInput(), sender.token);
    expect(other.data?.contactResearcher.status).toBe('AWAITING_CONFIRMATION');

    const unverified = await createAccount(t, { emailVerified: false });
    const fromUnverified = await contact(researcher.id, contactInput({ senderEmail: unverified.account.email }), unverified.token);
    expect(fromUnverified.data?.contactResearcher.status).toBe('AWAITING_CONFIRMATION');
  });

  describe('refusals send and store nothing', () => {
    const messageCount = async () => Number((await t.dataSource.query(`SELECT count(*) AS n FROM contact_message`))[0].n);

    it('an unknown researcher is NOT_FOUND; so is an unpublished one', async () => {
      const before = await messageCount();
      const unknown = await contact('00000000-0000-4000-8000-000000000000', contactInput());
      expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const { researcher } = await researcherAccount({ status: ProfileStatus.DRAFT });
      expect((await contact(researcher.id, contactInput())).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(await messageCount()).toBe(before);
      expect(sink.messages).toEqual([]);
    });

    it('a researcher who does not take messages, or not this kind: a clear error', async () => {
      const before = await messageCount();
      const { researcher: closed } = await researcherAccount({ profile: { acceptsMessages: false } });
      const refused = await contact(closed.id, contactInput());
      expect(refused.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/tar ikke imot meldinger/),
        extensions: { code: 'BAD_USER_INPUT', field: 'researcher' },
      });
      const { researcher: speakersOnly } = await researcherAccount({ profile: { acceptedContactPurposes: [ContactPurpose.SPEAKER] } });
      const media = await contact(speakersOnly.id, contactInput({ purpose: ContactPurpose.MEDIA }));
      expect(media.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/denne typen henvendelser/),
        extensions: { code: 'BAD_USER_INPUT', field: 'purpose' },
      });
      expect(await messageCount()).toBe(before);
      expect(sink.messages).toEqual([]);
    });

    it.each([
      ['senderName', 'Kari\r\nBcc: offer@example.com'],
      ['subject', 'Hei\nBcc: offer@example.com'],
      ['senderOrganization', 'Avisa\rX-Injected: 1'],
      ['senderEmail', 'kari@example.com\r\nBcc: offer@example.com'],
    ])('CR/LF in %s is refused with the field named (no header injection)', async (field, value) => {
      const { researcher } = await researcherAccount();
      const before = await messageCount();
      const res = await contact(researcher.id, contactInput({ [field]: value }));
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await messageCount()).toBe(before);
      expect(sink.messages).toEqual([]);
    });
  });

  describe('limits (RATE_LIMITED, in Norwegian, saying when to try again)', () => {
    it('per sender address: 5 an hour', async () => {
      const { researcher } = await researcherAccount();
      const input = contactInput();
      for (let i = 0; i < 5; i++) expect((await contact(researcher.id, input)).data?.contactResearcher.status).toBe('AWAITING_CONFIRMATION');
      const sixth = await contact(researcher.id, input);
      expect(sixth.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/Prøv igjen (.+ )?kl\. \d\d[:.]\d\d\./),
        extensions: { code: 'RATE_LIMITED', limit: 'sender' },
      });
      expect(sixth.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(3000);
      // Another address from the same machine is still welcome.
      expect((await contact(researcher.id, contactInput())).data?.contactResearcher.status).toBe('AWAITING_CONFIRMATION');
    });

    it('per client IP: 20 an hour, whatever the sender address', async () => {
      const { researcher } = await researcherAccount();
      for (let i = 0; i < 20; i++) expect((await contact(researcher.id, contactInput())).errors).toBeUndefined();
      const next = await contact(researcher.id, contactInput());
      expect(next.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'ip' });
      // The limit comes before the lookup: probing for ids is limited too.
      const probe = await contact('00000000-0000-4000-8000-000000000000', contactInput());
      expect(probe.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    });

    it('per recipient: 20 delivered messages a day (unconfirmed ones do not count)', async () => {
      const { researcher } = await researcherAccount();
      await t.dataSource.query(
        `INSERT INTO contact_message (researcher_id, sender_name, sender_email, purpose, subject, message, state, delivered_at)
         SELECT $1, 'Avsender', 'a' || i || '@example.com', 'MEDIA', 'Emne', 'Melding', 'DELIVERED', now() - interval '1 hour'
           FROM generate_series(1, 20) AS i`,
        [researcher.id],
      );
      const full = await contact(researcher.id, contactInput());
      expect(full.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/mange henvendelser i dag\. Prøv igjen/),
        extensions: { code: 'RATE_LIMITED', limit: 'recipient' },
      });
      expect(full.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(22 * 3600);
    });
  });

  it('the researcher lists what came, marks it answered, blocks and reports; editors see reports and block for everyone', async () => {
    const { researcher, token: researcherToken } = await researcherAccount();
    const sender = await createAccount(t);
    const inputs = [0, 1, 2].map((i) => contactInput({ senderEmail: sender.account.email, subject: `Melding ${i}` }));
    for (const input of inputs) expect((await contact(researcher.id, input, sender.token)).data?.contactResearcher.status).toBe('SENT');

    const page1 = await t.gql(MY_MESSAGES, { first: 2 }, researcherToken);
    expect(page1.data!.myMessages.totalCount).toBe(3);
    expect(page1.data!.myMessages.edges.map((e: any) => e.node.subject)).toEqual(['Melding 2', 'Melding 1']);
    const page2 = await t.gql(MY_MESSAGES, { first: 2, after: page1.data!.myMessages.pageInfo.endCursor }, researcherToken);
    expect(page2.data!.myMessages.edges.map((e: any) => e.node.subject)).toEqual(['Melding 0']);
    expect(page2.data!.myMessages.pageInfo.hasNextPage).toBe(false);
    const id = page2.data!.myMessages.edges[0].node.id as string;

    const answered = await t.gql(`mutation($id: ID!) { markContactMessageAnswered(id: $id) { answered } }`, { id }, researcherToken);
    expect(answered.data).toEqual({ markContactMessageAnswered: { answered: true } });
    // Nobody else's message to mark.
    const stranger = await createAccount(t);
    const foreign = await t.gql(`mutation($id: ID!) { markContactMessageAnswered(id: $id) { answered } }`, { id }, stranger.token);
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const report = await t.gql(
      `mutation($m: ID!) { reportContactAbuse(message: $m, reason: "Trakassering") { id senderEmail reason senderBlockedForEveryone } }`,
      { m: id },
      researcherToken,
    );
    expect(report.data!.reportContactAbuse).toMatchObject({ senderEmail: sender.account.email, reason: 'Trakassering', senderBlockedForEveryone: false });
    const listed = await t.gql(MY_MESSAGES, { first: 5 }, researcherToken);
    expect(listed.data!.myMessages.edges.every((e: any) => e.node.senderBlocked)).toBe(true);

    const REPORTS = `{ contactAbuseReports { totalCount edges { node { id senderEmail } } } }`;
    expect((await t.gql(REPORTS, {}, researcherToken)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const editor = await createAccount(t, { role: Role.EDITOR });
    const reports = await t.gql(REPORTS, {}, editor.token);
    expect(reports.data!.contactAbuseReports.edges.map((e: any) => e.node.senderEmail)).toContain(sender.account.email);

    const blocked = await t.gql(
      `mutation($r: ID) { blockContactSenderForEveryone(report: $r) }`,
      { r: report.data!.reportContactAbuse.id },
      editor.token,
    );
    expect(blocked.data).toEqual({ blockContactSenderForEveryone: true });

    // Blocked for everyone: another researcher gets nothing, the sender the usual answer and receipt.
    const { researcher: other, account: otherAccount } = await researcherAccount();
    sink.clear();
    const attempt = await contact(other.id, contactInput({ senderEmail: sender.account.email }), sender.token);
    expect(attempt.data?.contactResearcher.status).toBe('SENT');
    await sink.waitFor(sender.account.email, { subject: /er sendt/ });
    expect(sink.to(otherAccount.email)).toEqual([]);
  });

  it('what came, what was sent signed in, blocks and reports are in exportMyData and go with the account', async () => {
    const { researcher, token, password, account } = await researcherAccount();
    const sender = await createAccount(t);
    await contact(researcher.id, contactInput({ senderEmail: sender.account.email, subject: 'Til eksporten' }), sender.token);
    await sink.waitFor(account.email);
    const listed = await t.gql(MY_MESSAGES, { first: 1 }, token);
    const id = listed.data!.myMessages.edges[0].node.id as string;
    await t.gql(`mutation($m: ID!) { reportContactAbuse(message: $m, reason: "Eksempel") { id } }`, { m: id }, token);

    const mine = JSON.parse((await t.gql<{ exportMyData: string }>(`{ exportMyData }`, {}, token)).data!.exportMyData);
    expect(mine.contact.messagesReceived).toEqual([expect.objectContaining({ subject: 'Til eksporten', sender_email: sender.account.email })]);
    expect(mine.contact.sendersBlocked).toEqual([expect.objectContaining({ sender_email: sender.account.email })]);
    expect(mine.contact.abuseReported).toEqual([expect.objectContaining({ reason: 'Eksempel' })]);
    expect(mine.profile).toMatchObject({ accepts_messages: true, accepted_contact_purposes: expect.any(Array) });
    const theirs = JSON.parse((await t.gql<{ exportMyData: string }>(`{ exportMyData }`, {}, sender.token)).data!.exportMyData);
    expect(theirs.contact.messagesSentSignedIn).toEqual([expect.objectContaining({ subject: 'Til eksporten', recipient: researcher.fullName })]);

    expect((await t.gql(`mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: password }, token)).data).toEqual({ deleteMyAccount: true });
    const left = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM contact_message WHERE researcher_id = $1)::int AS messages,
              (SELECT count(*) FROM contact_block WHERE researcher_id = $1)::int AS blocks,
              (SELECT count(*) FROM contact_abuse_report WHERE researcher_id = $1)::int AS reports`,
      [researcher.id],
    );
    expect(left).toEqual([{ messages: 0, blocks: 0, reports: 0 }]);
  });

  it('messages are deleted 180 days after they came, by the hourly durable job', async () => {
    const { researcher } = await researcherAccount();
    const old = contactInput();
    await t.dataSource.query(
      `INSERT INTO contact_message (researcher_id, sender_name, sender_email, purpose, subject, message, state, delivered_at, created_at)
       VALUES ($1, 'Gammel', $2, 'MEDIA', 'Emne', 'Melding', 'DELIVERED', now() - interval '181 days', now() - interval '181 days'),
              ($1, 'Ny', $2, 'MEDIA', 'Emne', 'Melding', 'DELIVERED', now() - interval '179 days', now() - interval '179 days')`,
      [researcher.id, old.senderEmail],
    );
    // The schedule is kept in the database; make this hour's run due now and let the worker run it.
    await t.dataSource.query(`UPDATE job_schedule SET next_run_at = now() - interval '1 minute' WHERE name = $1`, [CONTACT_RETENTION_JOB]);
    await t.app.get(JobQueue).runDue();
    const left = await t.dataSource.query(`SELECT sender_name FROM contact_message WHERE sender_email = $1`, [old.senderEmail]);
    expect(left).toEqual([{ sender_name: 'Ny' }]);
  });
});
