import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { HealthRegion } from '../../src/common/enums/health-region.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { SpeakerFormat } from '../../src/common/enums/speaker-format.enum';
import { Visibility } from '../../src/common/enums/visibility.enum';
import { JobQueue } from '../../src/jobs/job-queue.service';
import { CONTACT, confirmationToken } from '../contact/contact-helpers';
import { createAccount, DEFAULT_PASSWORD } from '../support/factories/account.factory';
import { portraitWithGps } from '../photo/photo-fixtures';
import { createResearcher } from '../support/factories/researcher.factory';
import { SmtpSink } from '../support/smtp-sink';
import { BROWSER_TEST_TIMEOUT, checkPage, createWebApp, type WebApp } from '../support/browser';

/**
 * Reaching an expert without an account: a journalist on deadline and a course organiser,
 * in the browser, with mail through a real SMTP server on loopback.
 */
jest.setTimeout(BROWSER_TEST_TIMEOUT);

describe('reach an expert (browser)', () => {
  let sink: SmtpSink;
  let w: WebApp;
  let expertLogin: string;
  let expertSlug: string;
  let expertId: string;
  let dataDir: string;
  const previousDataDir = process.env.DATA_DIR;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'kk-web-photos-'));
    process.env.DATA_DIR = dataDir;
    w = await createWebApp();
    sink = w.mail;
    const ds = w.dataSource;
    const HOUR = 3600_000;
    const expert = await createAccount(w, {
      email: 'hanne.login@uni.example',
      profileStatus: ProfileStatus.PUBLISHED,
      profile: {
        givenName: 'Hanne',
        familyName: 'Sukkerstad',
        title: 'Professor',
        bio: 'Forsker på opplæring for personer med diabetes type 2 og deres pårørende.',
        availableForMedia: true,
        mediaTopics: ['diabetes og mestring'],
        mediaAvailableUntil: new Date(Date.now() + 5 * HOUR),
        email: 'hanne.profil@sykehus.example',
        emailVisibility: Visibility.REGISTERED,
      },
    });
    expertLogin = expert.account.email;
    expertSlug = expert.researcher.slug;
    expertId = expert.researcher.id;
    await createResearcher(ds, {
      givenName: 'Tor',
      familyName: 'Opptatt',
      bio: 'Studerer diabetes og pasientopplæring i kommunene.',
      availableForMedia: true,
      mediaAvailableUntil: new Date(Date.now() - HOUR),
    });
    await createResearcher(ds, {
      givenName: 'Nina',
      familyName: 'Nettkurs',
      region: HealthRegion.NORTH,
      bio: 'Kursleder i gruppeledelse for lærings- og mestringssentre.',
      areaSlugs: ['gruppeledelse'],
      courseLeader: true,
      speakerFormats: [SpeakerFormat.DIGITAL],
      travelRegions: [HealthRegion.NORTH],
    });
    await createResearcher(ds, {
      givenName: 'Finn',
      familyName: 'Fysisk',
      region: HealthRegion.NORTH,
      bio: 'Kursleder i gruppeledelse, bare med fysisk oppmøte.',
      areaSlugs: ['gruppeledelse'],
      courseLeader: true,
      speakerFormats: [SpeakerFormat.IN_PERSON],
      travelRegions: [HealthRegion.NORTH],
    });
    await createResearcher(ds, {
      givenName: 'Vera',
      familyName: 'Vestlending',
      region: HealthRegion.WEST,
      bio: 'Kursleder i gruppeledelse, digitalt, i vest.',
      areaSlugs: ['gruppeledelse'],
      courseLeader: true,
      speakerFormats: [SpeakerFormat.DIGITAL],
      travelRegions: [HealthRegion.WEST],
    });
  });

  afterAll(async () => {
    await w?.close();
    process.env.DATA_DIR = previousDataDir;
    rmSync(dataDir, { recursive: true, force: true });
  });

  const resultNames = async (page: Page) => {
    await page.locator('.results[aria-busy="false"]').waitFor();
    return page.locator('.result__name').allTextContents();
  };

  it('a journalist without an account finds someone available for media now on "diabetes", writes, confirms by the mailed link', async () => {
    const page = await w.newPage('phone');
    await page.goto('/');
    await page.getByLabel('Søk etter tema, navn eller fagområde').fill('diabetes');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: '2 profiler passer' }).waitFor();
    await page.getByRole('button', { name: 'Vis filtre' }).click();
    // Facet counts: one of the two is available now (the other's availability lapsed).
    await page.getByRole('checkbox', { name: 'Tilgjengelig for media nå (1)', exact: true }).check();
    await page.getByRole('heading', { level: 2, name: '1 profil passer' }).waitFor();
    expect(new URL(page.url()).searchParams.get('media-na')).toBe('ja');
    await page.getByRole('button', { name: 'Vis treff' }).click();
    expect(await resultNames(page)).toEqual(['Hanne Sukkerstad']);
    // Five hours left: "i dag", or past midnight "denne uka" (or "nå" on a Sunday evening).
    await page.locator('.result').getByText(/^Tilgjengelig for media (nå|i dag|denne uka)$/).waitFor();
    await checkPage(page, 'kontakt-sok-media-na');

    await page.getByRole('link', { name: 'Hanne Sukkerstad' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hanne Sukkerstad' }).waitFor();
    await page.getByRole('heading', { name: 'Send en melding til Hanne Sukkerstad' }).waitFor();
    await checkPage(page, 'kontakt-profil-skjema');

    const journalist = 'kari.deadline@avisa.example';
    await page.getByLabel('Navnet ditt').fill('Kari Deadline');
    await page.getByLabel('E-postadressen din').fill(journalist);
    await page.getByLabel('Redaksjon eller organisasjon (valgfritt)').fill('Avisa Nord');
    await page.getByLabel('Hva gjelder det?').selectOption('MEDIA');
    await page.getByLabel('Emne', { exact: true }).fill('Intervju om diabetesopplæring');
    await page.getByLabel('Melding', { exact: true }).fill('Hei! Kan du stille til et kort intervju om opplæring for folk med diabetes i dag?');
    await page.getByRole('button', { name: 'Send melding' }).click();
    await page.getByText('Sjekk e-posten din.').waitFor();
    await checkPage(page, 'kontakt-sjekk-innboksen');
    const main = await page.locator('main').innerText();
    expect(main).not.toContain(expertLogin);
    expect(main).not.toContain('hanne.profil@sykehus.example');

    // The relay's mails are durable jobs; the app's worker is off in tests, so run them here.
    await w.app.get(JobQueue).runDue();
    const confirmation = await sink.waitFor(journalist, { subject: /Bekreft/ });
    expect(sink.to(expertLogin)).toEqual([]);
    const token = confirmationToken(confirmation.text);
    await page.goto(`/kontakt/bekreft?token=${encodeURIComponent(token)}`);
    await page.getByText('Meldingen er sendt.').waitFor();
    await checkPage(page, 'kontakt-bekreftet');
    await w.app.get(JobQueue).runDue();

    const delivered = await sink.waitFor(expertLogin);
    expect(delivered.headers['reply-to']).toContain(journalist);
    expect(delivered.subject).toContain('Hanne Sukkerstad');
    expect(delivered.text).toContain('Intervju om diabetesopplæring');
    const receipt = await sink.waitFor(journalist, { subject: /er sendt/ });
    expect(receipt.raw).not.toContain(expertLogin);
  });

  it('an organiser finds a digital course leader in Helse Nord on gruppeledelse', async () => {
    const page = await w.newPage('desktop');
    await page.goto('/?q=gruppeledelse');
    await page.getByRole('heading', { level: 2, name: '3 profiler passer' }).waitFor();
    // Each choice shows how many it leaves, counted within the other choices.
    await page.getByRole('checkbox', { name: 'Kursleder (3)', exact: true }).check();
    await page.getByRole('heading', { level: 2, name: '3 profiler passer' }).waitFor();
    await page.getByRole('checkbox', { name: 'Fysisk oppmøte (1)', exact: true }).waitFor();
    await page.getByRole('checkbox', { name: 'Digitalt (2)', exact: true }).check();
    await page.getByRole('heading', { level: 2, name: '2 profiler passer' }).waitFor();
    const travel = page.getByRole('group', { name: 'Reiser til' });
    await travel.getByRole('checkbox', { name: 'Helse Vest (1)', exact: true }).waitFor();
    await travel.getByRole('checkbox', { name: 'Helse Midt-Norge (0)', exact: true }).waitFor();
    await travel.getByRole('checkbox', { name: 'Helse Nord (1)', exact: true }).check();
    await page.getByRole('heading', { level: 2, name: '1 profil passer' }).waitFor();
    expect(await resultNames(page)).toEqual(['Nina Nettkurs']);
    const url = new URL(page.url());
    expect([url.searchParams.get('kursleder'), url.searchParams.getAll('format'), url.searchParams.getAll('reiser-til')]).toEqual([
      'ja',
      ['DIGITAL'],
      ['NORTH'],
    ]);
    await checkPage(page, 'kursleder-digitalt-nord');
    await page.getByRole('link', { name: 'Nina Nettkurs' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nina Nettkurs' }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain('Kursleder');
    expect(text).toContain('Digitalt');
  });

  it('the researcher reads it under Henvendelser, marks it answered, and uploads, previews and removes a portrait', async () => {
    const page = await w.newPage('desktop');
    await page.goto(`/logg-inn?neste=${encodeURIComponent('/min-profil/henvendelser')}`);
    await page.getByLabel('E-postadresse').fill(expertLogin);
    await page.getByLabel('Passord').fill(DEFAULT_PASSWORD);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByRole('heading', { level: 1, name: 'Henvendelser' }).waitFor();
    const message = page.getByRole('listitem').filter({ hasText: 'Intervju om diabetesopplæring' });
    await message.getByText('kari.deadline@avisa.example').waitFor();
    await message.getByRole('button', { name: 'Marker som besvart' }).click();
    await message.getByText('Markert som besvart.').waitFor();
    await message.getByRole('button', { name: 'Meld misbruk' }).click();
    await message.getByText('Meldt til redaksjonen. Avsenderen er blokkert.').waitFor();
    await message.getByText('Avsender blokkert').waitFor();
    await checkPage(page, 'henvendelser');

    await page.getByRole('link', { name: '← Min profil' }).click();
    await page.getByRole('heading', { level: 1, name: 'Min profil' }).waitFor();
    const file = join(dataDir, 'portrett.jpg');
    writeFileSync(file, await portraitWithGps(640, 480));
    await page.getByLabel('Velg et bilde').setInputFiles(file);
    await page.getByRole('img', { name: 'Forhåndsvisning av det nye portrettet' }).waitFor();
    await page.getByRole('button', { name: 'Last opp portrettet' }).click();
    await page.getByText('Portrettet er lagret.').waitFor();
    const shown = page.getByRole('img', { name: 'Portrettet ditt slik det vises nå' });
    await shown.waitFor();
    expect(await shown.getAttribute('src')).toMatch(/\/media\/photos\/[a-f0-9]{32}-320\.webp$/);
    // The browser fetched and decoded it: 320 px wide.
    const loadedWidth = () => shown.evaluate((img) => {
      const image = img as unknown as { complete: boolean; naturalWidth: number };
      return image.complete ? image.naturalWidth : -1;
    });
    for (let i = 0; i < 50 && (await loadedWidth()) === -1; i++) await page.waitForTimeout(100);
    expect(await loadedWidth()).toBe(320);
    await checkPage(page, 'min-profil-portrett');

    await page.getByRole('button', { name: 'Fjern portrettet' }).click();
    await page.getByText('Portrettet er fjernet.').waitFor();
    await page.getByText('Du har ikke lastet opp noe portrett.').waitFor();
  });

  it('an editor sees the report and blocks the sender for everyone', async () => {
    const editor = await createAccount(w, { role: Role.EDITOR });
    const page = await w.newPage('phone');
    await page.goto(`/logg-inn?neste=${encodeURIComponent('/redaksjon')}`);
    await page.getByLabel('E-postadresse').fill(editor.account.email);
    await page.getByLabel('Passord').fill(DEFAULT_PASSWORD);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByRole('heading', { level: 2, name: 'Meldte henvendelser (1)' }).waitFor();
    const report = page.getByRole('listitem').filter({ hasText: 'Intervju om diabetesopplæring' });
    await checkPage(page, 'redaksjon-meldte-henvendelser');
    await report.getByRole('button', { name: 'Blokker avsender for alle' }).click();
    await page.getByText('kari.deadline@avisa.example er blokkert for alle.').waitFor();
    const blocked = await w.dataSource.query(`SELECT sender_email FROM contact_block WHERE researcher_id IS NULL`);
    expect(blocked).toEqual([{ sender_email: 'kari.deadline@avisa.example' }]);
  });

  it('the contact form says sent, limited — try again at …, and does not take this kind, as the API answers', async () => {
    // An address confirmed earlier (trusted for 30 days): its messages go straight through.
    const editor = 'ola.redaktor@avis.example';
    await w.dataSource.query(
      `INSERT INTO contact_trusted_sender (email, confirmed_at, trusted_until) VALUES ($1, now(), now() + interval '30 days')`,
      [editor],
    );
    const page = await w.newPage('desktop');
    const fill = async (email: string, purpose: string, subject: string) => {
      await page.getByLabel('Navnet ditt').fill('Ola Redaktør');
      await page.getByLabel('E-postadressen din').fill(email);
      await page.getByLabel('Hva gjelder det?').selectOption(purpose);
      await page.getByLabel('Emne', { exact: true }).fill(subject);
      await page.getByLabel('Melding', { exact: true }).fill('Hei! Vil du holde et innlegg om diabetesopplæring på fagdagen vår i vår?');
      await page.getByRole('button', { name: 'Send melding' }).click();
    };
    await page.goto(`/forsker/${expertSlug}`);
    await page.getByRole('heading', { name: 'Send en melding til Hanne Sukkerstad' }).waitFor();
    await fill(editor, 'SPEAKER', 'Fagdag om diabetes');
    await page.getByText('Meldingen er sendt.').waitFor();
    await checkPage(page, 'kontakt-sendt');
    // Queued durably with the message; the job run delivers it (the app's worker is off in tests).
    await w.app.get(JobQueue).runDue();
    await sink.waitUntil(() => sink.to(expertLogin).some((m) => m.text.includes('Fagdag om diabetes') && m.headers['reply-to'].includes(editor)));
    await sink.waitFor(editor, { subject: /er sendt/ });

    // Five an hour from one address: the sixth is refused with when to try again.
    for (let i = 0; i < 4; i++) {
      const input = { senderName: 'Ola Redaktør', senderEmail: editor, purpose: 'SPEAKER', subject: `Fagdag ${i}`, message: 'Oppfølging om fagdagen.' };
      const res = await w.gql(CONTACT, { researcher: expertId, input });
      expect(res.data?.contactResearcher.status).toBe('SENT');
    }
    await page.reload();
    await fill(editor, 'SPEAKER', 'Fagdag, en gang til');
    await page.getByText('Meldingen ble ikke sendt.').waitFor();
    await page.getByText(/mange meldinger fra denne adressen på kort tid\. Prøv igjen (.+ )?kl\. \d\d[:.]\d\d\./).waitFor();
    await checkPage(page, 'kontakt-begrenset');
    await page.getByRole('button', { name: 'Tilbake til skjemaet' }).click();

    // She stopped taking media requests while the page was open: the form says so at that field.
    await w.dataSource.query(`UPDATE researcher SET accepted_contact_purposes = '{SPEAKER}' WHERE id = $1`, [expertId]);
    await fill('per.frilans@avis.example', 'MEDIA', 'Kommentar til en sak');
    await page.getByText('Hanne Sukkerstad tar ikke imot denne typen henvendelser gjennom katalogen.').waitFor();
    expect(await page.getByLabel('Hva gjelder det?').getAttribute('aria-invalid')).toBe('true');
    await checkPage(page, 'kontakt-ikke-denne-typen');
    // Reloaded, the form offers only what she takes.
    await page.reload();
    await page.getByRole('heading', { name: 'Send en melding til Hanne Sukkerstad' }).waitFor();
    const offered = await page.getByLabel('Hva gjelder det?').locator('option').evaluateAll((options) => options.map((o) => (o as unknown as { value: string }).value));
    expect(offered).toEqual(['SPEAKER']);
    await w.app.get(JobQueue).runDue();
    expect(sink.to('per.frilans@avis.example')).toEqual([]);
  });
});
