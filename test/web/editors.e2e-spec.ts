import type { Page } from 'playwright-core';
import { AuditAction } from '../../src/audit/audit-action';
import { AuditService } from '../../src/audit/audit.service';
import { ContactPurpose } from '../../src/common/enums/contact-purpose.enum';
import { AbuseReport } from '../../src/contact/abuse-report.entity';
import { HealthRegion } from '../../src/common/enums/health-region.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { createAccount, DEFAULT_PASSWORD } from '../support/factories/account.factory';
import { createResearcher } from '../support/factories/researcher.factory';
import { BROWSER_TEST_TIMEOUT, checkPage, createWebApp, type WebApp } from '../support/browser';

interface PageGlobals {
  URL: { createObjectURL(blob: Blob): string };
  HTMLAnchorElement: { prototype: { click(this: { download: string }): void } };
  document: { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null; click(): void }> };
}

/** The editors' pages under /redaksjon in a real browser; axe-core finds nothing on any of them. */
jest.setTimeout(BROWSER_TEST_TIMEOUT);

describe('editors’ pages', () => {
  let w: WebApp;
  let editor: { account: { email: string; id: string } };
  let admin: { account: { email: string } };

  beforeAll(async () => {
    w = await createWebApp();
    editor = await createAccount(w, { role: Role.EDITOR });
    admin = await createAccount(w, { role: Role.ADMIN });
    await createResearcher(w.dataSource, { region: HealthRegion.NORTH, areaSlugs: ['gruppeledelse'] });
    await createResearcher(w.dataSource, { region: HealthRegion.WEST, areaSlugs: ['kommunikasjon'] });
  });
  afterAll(async () => {
    await w?.close();
  });

  async function logIn(page: Page, email: string, next: string): Promise<void> {
    await page.goto(`/logg-inn?neste=${encodeURIComponent(next)}`);
    await page.getByLabel('E-postadresse').fill(email);
    await page.getByLabel('Passord').fill(DEFAULT_PASSWORD);
    await page.getByRole('button', { name: 'Logg inn' }).click();
  }

  it('shows the yearly figures as charts with their tables, each table downloadable as CSV', async () => {
    const page = await w.newPage();
    await logIn(page, editor.account.email, '/redaksjon/tall');
    await page.getByRole('heading', { level: 1, name: 'Årstall for katalogen' }).waitFor();
    const regions = page.getByRole('table', { name: 'Publiserte profiler etter helseregion' });
    await regions.getByRole('row', { name: /Helse Nord\s+1/ }).waitFor();
    expect(await page.locator('figure.chart .recharts-wrapper').count()).toBe(4);

    // What the download button hands the browser: the file name and the text (the headless
    // browser here saves no files, so the test reads the Blob the page made).
    const offered = await page.evaluate(async () => {
      // The page's globals, typed here (the test project has no DOM library).
      const g = globalThis as unknown as PageGlobals;
      const made: Blob[] = [];
      const original = g.URL.createObjectURL.bind(g.URL);
      g.URL.createObjectURL = (blob: Blob) => (made.push(blob), original(blob));
      let fileName = '';
      const click = g.HTMLAnchorElement.prototype.click;
      g.HTMLAnchorElement.prototype.click = function (this: { download: string }) {
        fileName = this.download;
        click.call(this);
      };
      const buttons = Array.from(g.document.querySelectorAll('button'));
      buttons.find((b) => b.textContent === 'Last ned som CSV: Publiserte profiler etter helseregion')!.click();
      const bom = Array.from(new Uint8Array(await made[0].slice(0, 3).arrayBuffer()));
      return { fileName, text: await made[0].text(), type: made[0].type, bom };
    });
    expect(offered.fileName).toBe(`profiler-etter-region-${new Date().getFullYear()}.csv`);
    expect(offered.type).toBe('text/csv;charset=utf-8');
    // A byte-order mark first, so spreadsheets read the file as UTF-8.
    expect(offered.bom).toEqual([0xef, 0xbb, 0xbf]);
    expect(offered.text.split('\r\n').slice(0, 3)).toEqual(['Helseregion;Profiler', 'Helse Nord;1', 'Helse Midt-Norge;0']);
    await checkPage(page, 'redaksjon-tall');
  });

  it('shows admins the audit log, filtered by action', async () => {
    await w.dataSource.transaction((tx) =>
      w.app.get(AuditService).record(tx, {
        actor: { accountId: editor.account.id, role: 'EDITOR' },
        action: AuditAction.COMPETENCE_AREA_UPDATED,
        targetType: 'CompetenceArea',
        targetId: 'kommunikasjon',
        before: { name: 'Kommunikasjon' },
        after: { name: 'Kommunikasjon og samtale' },
      }),
    );
    const page = await w.newPage();
    await logIn(page, admin.account.email, '/redaksjon/logg');
    await page.getByRole('heading', { level: 1, name: 'Logg' }).waitFor();
    await page.getByRole('cell', { name: 'name: Kommunikasjon og samtale' }).waitFor();
    await page.getByLabel('Handling').selectOption('ACCOUNT_DISABLED');
    await page.getByText('Ingen hendelser.').waitFor();
    expect(page.url()).toContain('handling=ACCOUNT_DISABLED');
    await checkPage(page, 'redaksjon-logg');
  });

  it('an editor merges two areas, and the old area’s link still finds both groups', async () => {
    await createResearcher(w.dataSource, { givenName: 'Frida', familyName: 'Familiesen', areaSlugs: ['barn-og-unge-som-parorende'] });
    await createResearcher(w.dataSource, { givenName: 'Mikkel', familyName: 'Mestringsen', areaSlugs: ['mestring-og-mestringsstrategier'] });
    const page = await w.newPage();
    await logIn(page, editor.account.email, '/redaksjon/omrader');
    await page.getByRole('heading', { level: 1, name: 'Kompetanseområder' }).waitFor();
    const area = page.locator('details', { has: page.locator('summary', { hasText: 'Barn og unge som pårørende' }) });
    await area.locator('summary').click();
    await area.getByLabel('Slå «Barn og unge som pårørende» sammen med').selectOption('mestring-og-mestringsstrategier');
    await area.getByRole('button', { name: 'Slå sammen' }).click();
    await page.getByRole('status').filter({ hasText: 'er slått sammen med' }).waitFor();
    await checkPage(page, 'redaksjon-omrader');

    await page.goto('/?omrade=barn-og-unge-som-parorende');
    await page.getByRole('heading', { level: 2, name: '2 profiler passer' }).waitFor();
    await page.getByRole('link', { name: 'Frida Familiesen' }).waitFor();
    await page.getByRole('link', { name: 'Mikkel Mestringsen' }).waitFor();
  });

  it('an editor adds an alias, and the search box finds OsloMet people by “Høgskolen i Oslo”', async () => {
    await createResearcher(w.dataSource, { givenName: 'Ola', familyName: 'Storbyen', organizationName: 'OsloMet – storbyuniversitetet' });
    const page = await w.newPage();
    await logIn(page, editor.account.email, '/redaksjon/organisasjoner');
    await page.getByRole('heading', { level: 1, name: 'Organisasjoner' }).waitFor();
    await page.getByLabel('Finn organisasjon').fill('OsloMet');
    const oslomet = page.locator('details', { has: page.locator('summary', { hasText: 'OsloMet – storbyuniversitetet' }) });
    await oslomet.locator('summary').click();
    await oslomet.getByLabel('Andre navn, ett per linje').fill('Høgskolen i Oslo\nHøgskolen i Oslo og Akershus');
    await oslomet.getByRole('button', { name: 'Lagre endringene' }).click();
    await page.getByRole('status').filter({ hasText: 'er lagret' }).waitFor();
    await checkPage(page, 'redaksjon-organisasjoner');

    await page.goto('/');
    await page.getByLabel('Søk etter tema, navn eller fagområde').fill('Høgskolen i Oslo');
    await page.getByLabel('Søk etter tema, navn eller fagområde').press('Enter');
    await page.getByRole('link', { name: 'Ola Storbyen' }).waitFor();
  });

  it('an admin finds an account by its address and disables it', async () => {
    const target = await createAccount(w, { email: 'sperres.snart@example.no', profile: { givenName: 'Sigurd', familyName: 'Sperre' } });
    const page = await w.newPage();
    await logIn(page, admin.account.email, '/redaksjon/kontoer');
    await page.getByRole('heading', { level: 1, name: 'Kontoer' }).waitFor();
    await page.getByLabel('E-postadresse eller navn').fill('sperres.snart');
    await page.getByRole('button', { name: 'Søk' }).click();
    await page.getByText('1 konto').waitFor();
    expect(page.url()).toContain('q=sperres.snart');
    await page.getByRole('button', { name: 'Sperr sperres.snart@example.no' }).click();
    await page.getByRole('status').filter({ hasText: 'er sperret' }).waitFor();
    await page.getByRole('cell', { name: 'Sperret' }).waitFor();
    await checkPage(page, 'redaksjon-kontoer');
    expect((await w.gql('{ me { id } }', {}, target.token)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('a researcher proposes a missing workplace from the profile form, and an editor approves it', async () => {
    const researcher = await createAccount(w, { profile: { givenName: 'Per', familyName: 'Forslag' } });
    const page = await w.newPage();
    await logIn(page, researcher.account.email, '/min-profil');
    await page.getByText('Finner du ikke arbeidsstedet ditt?').click();
    await page.getByLabel('Foreslått navn').fill('Lærings- og mestringssenteret i Valdres');
    await page.getByRole('button', { name: 'Foreslå arbeidssted' }).click();
    await page.getByRole('status').filter({ hasText: 'er foreslått' }).waitFor();
    // The profile is read again after the proposal; the form then shows it as the workplace.
    const chosen = () => page.getByLabel('Arbeidssted', { exact: true }).locator('option:checked').textContent();
    for (let i = 0; i < 50 && (await chosen()) !== 'Lærings- og mestringssenteret i Valdres'; i += 1) await page.waitForTimeout(200);
    expect(await chosen()).toBe('Lærings- og mestringssenteret i Valdres');

    const editorPage = await w.newPage();
    await logIn(editorPage, editor.account.email, '/redaksjon/organisasjoner');
    const proposal = editorPage.locator('details', { has: editorPage.locator('summary', { hasText: 'Lærings- og mestringssenteret i Valdres' }) });
    await proposal.locator('summary').click();
    await proposal.getByRole('button', { name: 'Godkjenn «Lærings- og mestringssenteret i Valdres»' }).click();
    await editorPage.getByRole('status').filter({ hasText: 'er godkjent' }).waitFor();
    expect((await w.gql('query { organizations(query: "Valdres") { name } }')).data!.organizations).toEqual([{ name: 'Lærings- og mestringssenteret i Valdres' }]);
  });
  it('an editor reads and changes the search synonyms', async () => {
    const page = await w.newPage();
    await logIn(page, editor.account.email, '/redaksjon/synonymer');
    await page.getByRole('heading', { level: 1, name: 'Synonymer i søket' }).waitFor();
    await page.getByRole('rowheader', { name: /^kols$/i }).waitFor();
    await page.getByLabel('Søkeord').fill('KVP');
    await page.getByLabel('Synonymer, ett per linje').fill('kvalifiseringsprogrammet');
    await page.getByRole('button', { name: 'Lagre synonymer' }).click();
    await page.getByRole('status').filter({ hasText: 'Et søk etter «KVP» finner nå også «kvalifiseringsprogrammet».' }).waitFor();
    await page.getByRole('rowheader', { name: /^kvp$/i }).waitFor();
    await checkPage(page, 'redaksjon-synonymer');
  });

  it('an organisation’s page lists its published researchers and the body it is part of', async () => {
    await createResearcher(w.dataSource, {
      givenName: 'Liv',
      familyName: 'Lærings',
      title: 'Rådgiver',
      organizationName: 'Lærings- og mestringssenteret, Oslo universitetssykehus',
      areaSlugs: ['gruppeledelse'],
    });
    await createResearcher(w.dataSource, {
      givenName: 'Usynlig',
      familyName: 'Utkast',
      organizationName: 'Lærings- og mestringssenteret, Oslo universitetssykehus',
      status: ProfileStatus.DRAFT,
    });
    const [{ slug }] = await w.dataSource.query(`SELECT slug FROM organization WHERE name = $1`, ['Lærings- og mestringssenteret, Oslo universitetssykehus']);
    const page = await w.newPage('phone');
    await page.goto(`/organisasjon/${slug}`);
    await page.getByRole('heading', { level: 1, name: 'Lærings- og mestringssenteret, Oslo universitetssykehus' }).waitFor();
    await page.getByRole('link', { name: 'Liv Lærings' }).waitFor();
    await page.getByText('1 forsker', { exact: true }).waitFor();
    expect(await page.getByText('Usynlig Utkast').count()).toBe(0);
    await page.getByRole('link', { name: 'Oslo universitetssykehus HF' }).waitFor();
    await checkPage(page, 'organisasjon');
  });

  it('an editor blocks a reported sender for everyone and lifts the block again, by report and by address', async () => {
    const owner = await createResearcher(w.dataSource, { givenName: 'Mottaker', familyName: 'Meldesen' });
    await w.dataSource.getRepository(AbuseReport).insert({
      researcherId: owner.id,
      messageId: null,
      senderName: 'Plage Plagesen',
      senderEmail: 'plage@example.no',
      purpose: ContactPurpose.OTHER,
      subject: 'Kjøp nå',
      message: 'Reklame, igjen.',
      reason: 'Søppelpost',
      handledAt: null,
    });
    const globalBlocks = async (email: string) =>
      Number((await w.dataSource.query(`SELECT count(*)::int AS n FROM contact_block WHERE researcher_id IS NULL AND sender_email = $1`, [email]))[0].n);

    const page = await w.newPage();
    await logIn(page, editor.account.email, '/redaksjon');
    await page.getByRole('heading', { level: 1, name: 'Redaksjon' }).waitFor();
    const reports = page.getByRole('region', { name: /Meldte henvendelser/ });
    await reports.getByRole('heading', { level: 3, name: 'Kjøp nå' }).waitFor();
    await reports.getByRole('button', { name: 'Blokker avsender for alle' }).click();
    await reports.getByRole('status').filter({ hasText: 'plage@example.no er blokkert for alle.' }).waitFor();
    expect(await globalBlocks('plage@example.no')).toBe(1);

    // Handled, so out of the open list; shown again with the handled ones, and the block lifted there.
    await reports.getByText('Ingen åpne meldinger om misbruk.').waitFor();
    await reports.getByLabel('Vis også behandlede').check();
    await reports.getByText(/avsenderen er blokkert for alle/).waitFor();
    await checkPage(page, 'redaksjon-misbruk-behandlede');
    await reports.getByRole('button', { name: 'Opphev blokkering for alle' }).click();
    await reports.getByRole('status').filter({ hasText: 'Blokkeringen av plage@example.no er opphevet for alle.' }).waitFor();
    await reports.getByRole('button', { name: 'Blokker avsender for alle' }).waitFor();
    expect(await globalBlocks('plage@example.no')).toBe(0);

    // By address, for a sender nobody reported.
    await reports.getByLabel('Avsenderens e-postadresse').fill('Annen.Plage@Example.no');
    await reports.getByRole('button', { name: 'Blokker adressen for alle' }).click();
    await reports.getByRole('status').filter({ hasText: 'Annen.Plage@Example.no er blokkert for alle.' }).waitFor();
    expect(await globalBlocks('annen.plage@example.no')).toBe(1);
    await reports.getByLabel('Avsenderens e-postadresse').fill('annen.plage@example.no');
    await reports.getByRole('button', { name: 'Opphev blokkering av adressen' }).click();
    await reports.getByRole('status').filter({ hasText: 'Blokkeringen av annen.plage@example.no er opphevet for alle.' }).waitFor();
    expect(await globalBlocks('annen.plage@example.no')).toBe(0);
  });
});
