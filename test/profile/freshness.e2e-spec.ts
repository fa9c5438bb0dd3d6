import { PROFILE_REMINDERS_JOB } from '../../src/auth/profile-confirmation.service';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { JobQueue } from '../../src/jobs/job-queue.service';
import { createAccount } from '../support/factories/account.factory';
import { SmtpSink, type ReceivedMail } from '../support/smtp-sink';
import { createTestApp, TestApp } from '../support/test-app';

const CONFIRM = `mutation($token: String!) { confirmProfileByToken(token: $token) }`;
const monthsAgo = (months: number, days = 0) => {
  const d = new Date();
  d.setMonth(d.getMonth() - months);
  d.setDate(d.getDate() - days);
  return d;
};
const tokenIn = (mail: ReceivedMail): string => {
  const match = /\/profil\/bekreft\?token=([^\s]+)/.exec(mail.text);
  if (!match) throw new Error(`No confirmation link in "${mail.text}"`);
  return decodeURIComponent(match[1]);
};

describe('reminders that keep profiles current', () => {
  jest.setTimeout(120_000);
  let sink: SmtpSink;
  let t: TestApp;
  let editorToken: string;

  beforeAll(async () => {
    t = await createTestApp();
    sink = t.mail;
    editorToken = (await createAccount(t, { role: Role.EDITOR })).token;
  });
  afterAll(async () => {
    await t?.close();
  });
  beforeEach(() => sink.clear());

  async function profile(email: string, lastConfirmed: Date | null, publishedAt: Date, familyName?: string) {
    const created = await createAccount(t, {
      email,
      profileStatus: ProfileStatus.PUBLISHED,
      profile: { publishedAt, familyName, bio: 'Helsepedagogikk og mestring' },
    });
    await t.dataSource.query(`UPDATE researcher SET confirmed_at = $2 WHERE id = $1`, [created.researcher.id, lastConfirmed]);
    return created;
  }

  /** What the daily job does, then delivering its mails: the scheduled job is run as the schedule would. */
  async function dailyRun() {
    await t.dataSource.query(`UPDATE job_schedule SET next_run_at = now() - interval '1 minute' WHERE name = $1`, [PROFILE_REMINDERS_JOB]);
    await t.app.get(JobQueue).runDue();
  }

  it('mails the first reminder at 11 months and the second at 12, each once, and the link confirms once without signing in', async () => {
    const fresh = await profile('fersk@example.no', monthsAgo(10), monthsAgo(30));
    const eleven = await profile('elleve@example.no', monthsAgo(11, 3), monthsAgo(30));
    const never = await profile('aldri@example.no', null, monthsAgo(12, 3));

    await dailyRun();
    await dailyRun();
    expect(sink.to('fersk@example.no')).toHaveLength(0);
    expect(sink.to('elleve@example.no')).toHaveLength(1);
    expect(sink.to('aldri@example.no')).toHaveLength(1);
    const first = sink.to('elleve@example.no')[0];
    expect(first.subject).toBe('Er profilen din fortsatt riktig?');
    expect(first.text).toMatch(/\/min-profil/);

    // A month on (here: its confirmation a month older), the second reminder, once.
    await t.dataSource.query(`UPDATE researcher SET confirmed_at = $2 WHERE id = $1`, [eleven.researcher.id, monthsAgo(12, 2)]);
    await dailyRun();
    await dailyRun();
    expect(sink.to('elleve@example.no')).toHaveLength(2);
    expect(sink.to('elleve@example.no')[1].text).toMatch(/andre påminnelse/);

    const link = tokenIn(sink.to('aldri@example.no')[0]);
    expect(await t.gql(CONFIRM, { token: link })).toEqual({ data: { confirmProfileByToken: true } });
    const [row] = await t.dataSource.query(`SELECT confirmed_at FROM researcher WHERE id = $1`, [never.researcher.id]);
    expect(Date.now() - new Date(row.confirmed_at).getTime()).toBeLessThan(60_000);

    const again = await t.gql(CONFIRM, { token: link });
    expect(again.data).toBeNull();
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });

    // Confirmed: no more reminders.
    await dailyRun();
    expect(sink.to('aldri@example.no')).toHaveLength(1);
    expect(sink.to('fersk@example.no')).toHaveLength(0);
    const [untouched] = await t.dataSource.query(`SELECT confirmed_at FROM researcher WHERE id = $1`, [fresh.researcher.id]);
    expect(new Date(untouched.confirmed_at).getTime()).toBeLessThan(monthsAgo(9).getTime());
  });

  it('mails no reminder to a disabled account, and a link mailed before it was disabled confirms nothing', async () => {
    const before = await profile('snart.sperret@example.no', monthsAgo(11, 4), monthsAgo(30));
    const disabled = await profile('sperret.paaminnelse@example.no', monthsAgo(11, 4), monthsAgo(30));
    await t.dataSource.query(`UPDATE account SET disabled_at = now() WHERE id = $1`, [disabled.account.id]);
    await dailyRun();
    expect(sink.to('sperret.paaminnelse@example.no')).toHaveLength(0);
    expect(sink.to('snart.sperret@example.no')).toHaveLength(1);

    const link = tokenIn(sink.to('snart.sperret@example.no')[0]);
    await t.dataSource.query(`UPDATE account SET disabled_at = now() WHERE id = $1`, [before.account.id]);
    const res = await t.gql(CONFIRM, { token: link });
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const [row] = await t.dataSource.query(`SELECT confirmed_at FROM researcher WHERE id = $1`, [before.researcher.id]);
    expect(new Date(row.confirmed_at).getTime()).toBeLessThan(monthsAgo(11).getTime());
  });

  it('refuses a forged or altered link, and an access token in its place, changing nothing', async () => {
    const { researcher, token: accessToken } = await profile('forfalsket@example.no', monthsAgo(11, 5), monthsAgo(30));
    await dailyRun();
    const link = tokenIn(sink.to('forfalsket@example.no')[0]);
    const [head, body, signature] = link.split('.');
    const tampered = `${head}.${body}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const token of [tampered, accessToken, 'x'.repeat(3000), 'ikke-en-lenke']) {
      const res = await t.gql(CONFIRM, { token });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    }
    const [row] = await t.dataSource.query(`SELECT confirmed_at FROM researcher WHERE id = $1`, [researcher.id]);
    expect(new Date(row.confirmed_at).getTime()).toBeLessThan(monthsAgo(11).getTime());
  });

  it('from 13 months shows everyone when the profile was last confirmed, ranks it lower, and editors see the counts', async () => {
    const stale = await profile('gammel@example.no', monthsAgo(14), monthsAgo(30), 'Rangeringsen');
    const current = await profile('ny@example.no', monthsAgo(1), monthsAgo(30), 'Rangeringto');
    const query = `query($id: ID!) { researcher(id: $id) { lastConfirmedAt } }`;
    const seen = async (id: string) => (await t.gql(query, { id })).data?.researcher?.lastConfirmedAt as string | null;
    const shown = await seen(stale.researcher.id);
    expect(Math.abs(new Date(shown!).getTime() - monthsAgo(14).getTime())).toBeLessThan(60_000);
    expect(await seen(current.researcher.id)).toBeNull();
    // The owner sees the date always.
    const own = await t.gql(`{ me { profile { lastConfirmedAt } } }`, {}, current.token);
    expect(own.data?.me?.profile?.lastConfirmedAt).not.toBeNull();

    // Same words in the same fields: the current profile comes first.
    const search = await t.gql(`{ researchers(query: "helsepedagogikk mestring", first: 50) { edges { node { id } } } }`);
    const order = (search.data?.researchers.edges as Array<{ node: { id: string } }>).map((e) => e.node.id);
    expect(order.indexOf(current.researcher.id)).toBeGreaterThanOrEqual(0);
    expect(order.indexOf(current.researcher.id)).toBeLessThan(order.indexOf(stale.researcher.id));

    const counts = await t.gql(`{ profileFreshness { published current firstReminder secondReminder stale } }`, {}, editorToken);
    expect(counts.data?.profileFreshness.stale).toBeGreaterThanOrEqual(1);
    expect(counts.data?.profileFreshness.current).toBeGreaterThanOrEqual(1);
    const denied = await t.gql(`{ profileFreshness { stale } }`, {}, current.token);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
