import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Visibility } from '../../src/common/enums/visibility.enum';
import { createAccount } from '../support/factories/account.factory';
import { SmtpSink, type ReceivedMail } from '../support/smtp-sink';
import { createTestApp, TestApp } from '../support/test-app';
import { CONFIRM, CONTACT, contactInput, confirmationToken, MY_MESSAGES, resetContactCounters, sendQueuedMail } from './contact-helpers';

// What a visitor's profile page asks for (the page is a client of this API).
const PROFILE_PAGE = `
  query Profile($id: ID) {
    researcher(id: $id) {
      id slug fullName title email phone website acceptsMessages acceptedContactPurposes
      organization { name } memberships { role }
    }
  }`;

describe('contact relay: the sender learns no address and cannot tell a block', () => {
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

  const researcherWith = (emailVisibility: Visibility) =>
    createAccount(t, {
      email: `innlogging.${Math.random().toString(36).slice(2, 8)}@uni.example`,
      profileStatus: ProfileStatus.PUBLISHED,
      profile: {
        givenName: 'Sigrid',
        familyName: 'Mestringsforsker',
        email: `profil.${Math.random().toString(36).slice(2, 8)}@sykehus.example`,
        emailVisibility,
        phone: '+47 99 88 77 66',
        phoneVisibility: Visibility.PRIVATE,
      },
    });

  it('no API answer, page or mail on the sender side contains the researcher’s login or profile address', async () => {
    for (const [visibility, signedIn] of [
      [Visibility.REGISTERED, false],
      [Visibility.PRIVATE, true],
    ] as const) {
      sink.clear();
      const { account, researcher } = await researcherWith(visibility);
      const secrets = [account.email, researcher.email!];
      const sender = signedIn ? await createAccount(t) : null;
      const seen: string[] = [];
      const gql = async (query: string, variables: Record<string, unknown>) => {
        const res = await t.gql(query, variables, sender?.token);
        seen.push(JSON.stringify(res));
        await sendQueuedMail(t);
        return res;
      };

      seen.push((await t.http().get(`/forsker/${researcher.slug}`)).text);
      await gql(PROFILE_PAGE, { id: researcher.id });
      const input = contactInput();
      expect((await gql(CONTACT, { researcher: researcher.id, input })).data?.contactResearcher.status).toBe('AWAITING_CONFIRMATION');
      const token = confirmationToken((await sink.waitFor(input.senderEmail, { subject: /Bekreft/ })).text);
      expect((await gql(CONFIRM, { token })).data?.confirmContactSender.status).toBe('SENT');
      await gql(CONFIRM, { token }); // used: an error
      await gql(CONTACT, { researcher: researcher.id, input: { ...input, purpose: 'NOT_A_PURPOSE' } });
      await gql(CONTACT, { researcher: researcher.id, input: { ...input, subject: 'a\r\nb' } });
      for (let i = 0; i < 5; i++) await gql(CONTACT, { researcher: researcher.id, input }); // up to and past the limit
      await sink.waitFor(input.senderEmail, { subject: /er sendt/ });
      await sink.waitFor(account.email);

      const toSender = sink.messages.filter((m) => !m.envelopeTo.includes(account.email.toLowerCase()));
      expect(toSender.length).toBeGreaterThanOrEqual(3);
      for (const mail of toSender) seen.push(mail.raw);
      for (const text of seen) {
        for (const secret of secrets) expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
      }
      // The researcher's copy does carry the sender's address, as Reply-To.
      expect(sink.to(account.email)[0].headers['reply-to']).toContain(input.senderEmail);
    }
  });

  /** What the sender side sees, with what differs by the sender's own choice (address, link) made equal. */
  function senderView(mails: ReceivedMail[], senderEmail: string): Array<{ subject: string; text: string }> {
    return mails.map((m) => ({
      subject: m.subject,
      text: m.text.replaceAll(senderEmail, '<sender>').replace(/token=[A-Za-z0-9_%-]+/g, 'token=<token>'),
    }));
  }

  async function writeAs(researcherId: string, senderEmail: string) {
    const input = contactInput({ senderEmail, subject: 'Samme emne', message: 'Samme melding, skrevet av to ulike avsendere til samme forsker.' });
    const answers: unknown[] = [];
    answers.push(await t.gql(CONTACT, { researcher: researcherId, input }));
    await sendQueuedMail(t);
    const token = confirmationToken((await sink.waitFor(senderEmail, { subject: /Bekreft/ })).text);
    answers.push(await t.gql(CONFIRM, { token }));
    await sendQueuedMail(t);
    await sink.waitFor(senderEmail, { subject: /er sendt/ });
    // Trusted now: the second message goes straight through.
    answers.push(await t.gql(CONTACT, { researcher: researcherId, input: { ...input, subject: 'Oppfølging' } }));
    await sendQueuedMail(t);
    await sink.waitUntil(() => sink.to(senderEmail).length === 3, 10_000, 'the second receipt');
    return { answers, mails: senderView(sink.to(senderEmail), senderEmail) };
  }

  it('a sender the researcher blocked gets the same answers and mails as one she accepts; only hers is delivered', async () => {
    const { account, researcher, token: researcherToken } = await researcherWith(Visibility.REGISTERED);
    const accepted = `godtatt.${Date.now()}@avis.example`;
    const blocked = `blokkert.${Date.now()}@avis.example`;

    // The researcher blocks `blocked` after a first (delivered) message from it.
    const sender = await createAccount(t, { email: blocked });
    await t.gql(CONTACT, { researcher: researcher.id, input: contactInput({ senderEmail: blocked }) }, sender.token);
    await sendQueuedMail(t);
    await sink.waitFor(account.email);
    await sink.waitFor(blocked, { subject: /er sendt/ });
    const first = await t.gql(MY_MESSAGES, { first: 1 }, researcherToken);
    const block = await t.gql(`mutation($m: ID!) { blockContactSender(message: $m) { senderBlocked } }`, { m: first.data!.myMessages.edges[0].node.id }, researcherToken);
    expect(block.data).toEqual({ blockContactSender: { senderBlocked: true } });
    await t.dataSource.query(`DELETE FROM contact_trusted_sender WHERE email = $1`, [blocked]);
    sink.clear();

    const ofAccepted = await writeAs(researcher.id, accepted);
    const ofBlocked = await writeAs(researcher.id, blocked);
    expect(ofBlocked.answers).toEqual(ofAccepted.answers);
    expect(ofBlocked.mails).toEqual(ofAccepted.mails);

    const inbox = sink.to(account.email).map((m) => m.headers['reply-to']);
    expect(inbox.filter((r) => r.includes(accepted))).toHaveLength(2);
    expect(inbox.filter((r) => r.includes(blocked))).toHaveLength(0);
    const listed = await t.gql(MY_MESSAGES, { first: 20 }, researcherToken);
    expect(listed.data!.myMessages.edges.filter((e: any) => e.node.senderEmail === blocked)).toHaveLength(1); // the one from before the block
  });
});
