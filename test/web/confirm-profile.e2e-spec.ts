import { PROFILE_REMINDERS_JOB } from '../../src/auth/profile-confirmation.service';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { JobQueue } from '../../src/jobs/job-queue.service';
import { createAccount, DEFAULT_PASSWORD } from '../support/factories/account.factory';
import { SmtpSink } from '../support/smtp-sink';
import { BROWSER_TEST_TIMEOUT, checkPage, createWebApp, type WebApp } from '../support/browser';

/** A researcher follows the reminder's link, confirms without signing in, and the profile says so. */
jest.setTimeout(BROWSER_TEST_TIMEOUT);

describe('web: the reminder link (/profil/bekreft)', () => {
  let sink: SmtpSink;
  let w: WebApp;

  beforeAll(async () => {
    w = await createWebApp();
    sink = w.mail;
  });
  afterAll(async () => {
    await w?.close();
  });

  it('confirms the profile from the mail with one button, and the profile shows it confirmed today', async () => {
    const { account, researcher } = await createAccount(w, {
      email: 'paaminnelse@example.no',
      profileStatus: ProfileStatus.PUBLISHED,
      profile: { givenName: 'Randi', familyName: 'Påminnelse' },
    });
    await w.dataSource.query(`UPDATE researcher SET confirmed_at = now() - interval '11 months 5 days' WHERE id = $1`, [researcher.id]);
    await w.dataSource.query(`UPDATE job_schedule SET next_run_at = now() - interval '1 minute' WHERE name = $1`, [PROFILE_REMINDERS_JOB]);
    await w.app.get(JobQueue).runDue();
    const mail = await sink.waitFor(account.email, { subject: /Er profilen din fortsatt riktig\?/ });
    const link = new URL(/https?:\/\/\S+\/profil\/bekreft\?token=\S+/.exec(mail.text)![0]);

    const page = await w.newPage('phone');
    await page.goto(`${link.pathname}${link.search}`);
    await page.getByRole('heading', { level: 1, name: 'Er profilen din fortsatt riktig?' }).waitFor();
    await checkPage(page, 'bekreft-profil');
    // Opening the page confirms nothing (mail scanners open links too).
    const [before] = await w.dataSource.query(`SELECT confirmed_at < now() - interval '11 months' AS old FROM researcher WHERE id = $1`, [researcher.id]);
    expect(before.old).toBe(true);

    await page.getByRole('button', { name: 'Ja, profilen er riktig' }).click();
    await page.getByRole('status').getByText('Profilen er bekreftet i dag').waitFor();
    await checkPage(page, 'bekreft-profil-takk');

    await page.getByRole('link', { name: 'Se eller endre profilen din' }).click();
    await page.getByLabel('E-postadresse').fill(account.email);
    await page.getByLabel('Passord').fill(DEFAULT_PASSWORD);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    const today = new Date().toLocaleDateString('nb-NO', { day: 'numeric', month: 'long', year: 'numeric' });
    await page.getByText(`Du bekreftet sist at profilen er oppdatert ${today}.`).waitFor();

    // The link is spent.
    const again = await w.gql(`mutation($token: String!) { confirmProfileByToken(token: $token) }`, { token: link.searchParams.get('token') });
    expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
