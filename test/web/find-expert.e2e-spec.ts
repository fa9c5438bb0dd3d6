import type { Page } from 'playwright-core';
import { MembershipRole } from '../../src/common/enums/membership.enum';
import { Visibility } from '../../src/common/enums/visibility.enum';
import { createMembership, findNetwork } from '../support/factories/network.factory';
import { createResearcher } from '../support/factories/researcher.factory';
import { BROWSER_TEST_TIMEOUT, checkPage, createWebApp, focused, type WebApp } from '../support/browser';

/**
 * The public pages as a journalist and a conference organiser use them: search, narrow,
 * read a profile. Test people are published profiles with bios, made by the factories.
 */
jest.setTimeout(BROWSER_TEST_TIMEOUT);

describe('find an expert (browser)', () => {
  let w: WebApp;

  beforeAll(async () => {
    w = await createWebApp();
    const ds = w.dataSource;
    const nord = await createResearcher(ds, {
      givenName: 'Ingrid',
      familyName: 'Nordvik',
      title: 'Førsteamanuensis',
      organizationName: 'Universitetssykehuset Nord-Norge HF',
      bio: 'Forsker på mestringsstrategier hos pasienter med kroniske smerter og hvordan pasientopplæring styrker hverdagen.',
      areaSlugs: ['mestring-og-mestringsstrategier'],
      languages: ['nb', 'se'],
      availableForMedia: true,
      email: 'ingrid.nordvik@example.no',
      emailVisibility: Visibility.REGISTERED,
      phone: '+47 400 00 001',
      phoneVisibility: Visibility.PRIVATE,
    });
    await createResearcher(ds, {
      givenName: 'Lars',
      familyName: 'Vestheim',
      title: 'Professor',
      organizationName: 'Helse Bergen HF',
      bio: 'Studerer mestringsstrategier i lærings- og mestringstilbud for pårørende.',
      areaSlugs: ['mestring-og-mestringsstrategier'],
      email: 'lars.vestheim@example.no',
      emailVisibility: Visibility.PUBLIC,
    });
    await createResearcher(ds, {
      givenName: 'Sara',
      familyName: 'Talerud',
      title: 'Universitetslektor',
      organizationName: 'Oslo universitetssykehus HF',
      bio: 'Holder kurs og foredrag om gruppeledelse i pasientopplæring.',
      areaSlugs: ['gruppeledelse'],
      availableAsSpeaker: true,
    });
    await createResearcher(ds, {
      givenName: 'Per',
      familyName: 'Stille',
      organizationName: 'Oslo universitetssykehus HF',
      bio: 'Arbeider med gruppeledelse, men holder ikke foredrag.',
      areaSlugs: ['gruppeledelse'],
      availableAsSpeaker: false,
    });
    const coordinator = await createResearcher(ds, { givenName: 'Kari', familyName: 'Koordinator', bio: 'Koordinerer nettverket.' });
    const network = await findNetwork(ds, 'forskernettverket');
    await createMembership(ds, network, nord.id);
    await createMembership(ds, network, coordinator.id, { role: MembershipRole.COORDINATOR });
  });

  afterAll(async () => {
    await w?.close();
  });

  /** Names of the hits once the results have settled. */
  const resultNames = async (page: Page) => {
    await page.locator('.results[aria-busy="false"]').waitFor();
    return page.locator('.result__name').allTextContents();
  };

  it('a journalist searches "mestringsstrategier", narrows to a region, opens a profile and sees no private contact', async () => {
    const page = await w.newPage('phone');
    await page.goto('/');
    await page.getByLabel('Søk etter tema, navn eller fagområde').fill('mestringsstrategier');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: '2 profiler passer' }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('mestringsstrategier');
    expect((await resultNames(page)).sort()).toEqual(['Ingrid Nordvik', 'Lars Vestheim']);
    // The snippet marks the matched word, and nothing else became markup.
    expect(await page.locator('.result__snippet mark').first().textContent()).toMatch(/mestringsstrategier/i);
    await checkPage(page, 'sok-mestringsstrategier');

    // The filters fold away on a phone: open them, then narrow to Helse Nord.
    await page.getByRole('button', { name: 'Vis filtre' }).click();
    await page.getByRole('checkbox', { name: /Helse Nord \(1\)/ }).check();
    await page.getByRole('heading', { level: 2, name: '1 profil passer' }).waitFor();
    expect(new URL(page.url()).searchParams.getAll('region')).toEqual(['NORTH']);
    expect(await resultNames(page)).toEqual(['Ingrid Nordvik']);
    await checkPage(page, 'sok-region-nord-filtre');
    await page.getByRole('button', { name: 'Vis treff' }).click();
    expect((await focused(page)).id).toBe('resultater-tittel');
    await checkPage(page, 'sok-region-nord');

    await page.getByRole('link', { name: 'Ingrid Nordvik' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ingrid Nordvik' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/forsker\/ingrid-nordvik/);
    expect(await page.title()).toBe('Ingrid Nordvik – Kompetansekatalogen');
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toContain('Førsteamanuensis, Universitetssykehuset Nord-Norge HF');
    await page.getByText('Forskernettverk innen pasient- og pårørendeopplæring').first().waitFor();
    // Email (registered users only) and phone (private) are not on the page; a way to reach her is.
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('ingrid.nordvik@example.no');
    expect(text).not.toContain('400 00 001');
    await page.getByText('viser ikke e-postadresse eller telefonnummer').waitFor();
    await page.getByRole('link', { name: 'Kari Koordinator' }).waitFor();
    expect(text).toContain('Tilgjengelig for media');
    expect(text).toContain('Nordsamisk');
    await checkPage(page, 'profil-uten-kontakt');

    // Back returns to the narrowed search, as it was.
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: '1 profil passer' }).waitFor();
    expect(await page.getByLabel('Søk etter tema, navn eller fagområde').inputValue()).toBe('mestringsstrategier');
  });

  it('shows a public address on the profile of someone who made it public', async () => {
    const page = await w.newPage('desktop');
    await page.goto('/?q=Vestheim');
    await page.getByRole('link', { name: 'Lars Vestheim' }).click();
    await page.getByRole('link', { name: 'lars.vestheim@example.no' }).waitFor();
    expect(await page.getByRole('link', { name: 'lars.vestheim@example.no' }).getAttribute('href')).toBe('mailto:lars.vestheim@example.no');
    await checkPage(page, 'profil-med-kontakt');
  });

  it('an organiser finds a speaker: available as speaker, in an area', async () => {
    const page = await w.newPage('desktop');
    await page.goto('/');
    await page.getByRole('heading', { level: 2, name: /profiler i katalogen/ }).waitFor();
    await page.getByRole('checkbox', { name: 'Tilgjengelig som foredragsholder' }).check();
    await page.getByRole('heading', { level: 2, name: '1 profil passer' }).waitFor();
    await page.getByRole('checkbox', { name: /^Helsepedagogikk/ }).check();
    await page.getByRole('heading', { level: 2, name: '1 profil passer' }).waitFor();
    const url = new URL(page.url());
    expect(url.searchParams.get('foredrag')).toBe('ja');
    expect(url.searchParams.getAll('omrade')).toEqual(['helsepedagogikk']);
    expect(await resultNames(page)).toEqual(['Sara Talerud']);
    await checkPage(page, 'sok-foredragsholder');

    // A shared link opens the same search.
    const other = await w.newPage('phone');
    await other.goto(url.pathname + url.search);
    await other.getByRole('heading', { level: 2, name: '1 profil passer' }).waitFor();
    expect(await resultNames(other)).toEqual(['Sara Talerud']);
  });

  it('narrows a search to one organisation from its facet, with the keyboard, and shares it by link', async () => {
    const page = await w.newPage('desktop');
    await page.goto('/?q=mestringsstrategier');
    await page.getByRole('heading', { level: 2, name: '2 profiler passer' }).waitFor();
    const organisations = page.getByRole('group', { name: 'Organisasjon' });
    await organisations.getByRole('checkbox', { name: 'Universitetssykehuset Nord-Norge HF (1)' }).waitFor();
    const bergen = organisations.getByRole('checkbox', { name: 'Helse Bergen HF (1)' });
    await bergen.focus();
    await page.keyboard.press('Space');
    await page.getByRole('heading', { level: 2, name: '1 profil passer' }).waitFor();
    expect(await resultNames(page)).toEqual(['Lars Vestheim']);
    const url = new URL(page.url());
    const [organizationId] = (await w.gql('{ organizations(query: "Helse Bergen HF") { id name } }')).data!.organizations.filter(
      (o: { name: string }) => o.name === 'Helse Bergen HF',
    ).map((o: { id: string }) => o.id);
    expect(url.searchParams.getAll('organisasjon')).toEqual([organizationId]);
    expect(await organisations.getByRole('checkbox', { name: 'Helse Bergen HF (1)' }).isChecked()).toBe(true);
    await checkPage(page, 'sok-organisasjon');

    const other = await w.newPage('phone');
    await other.goto(url.pathname + url.search);
    await other.getByRole('heading', { level: 2, name: '1 profil passer' }).waitFor();
    expect(await resultNames(other)).toEqual(['Lars Vestheim']);
    // Unchecking it brings both back.
    await bergen.focus();
    await page.keyboard.press('Space');
    await page.getByRole('heading', { level: 2, name: '2 profiler passer' }).waitFor();

    // A long list shows the eight with most people first; the rest on request.
    const more: Array<{ name: string }> = await w.dataSource.query(
      `SELECT name FROM organization WHERE name NOT IN ('Helse Bergen HF', 'Universitetssykehuset Nord-Norge HF', 'Oslo universitetssykehus HF')
        ORDER BY name LIMIT 7`,
    );
    for (const [i, o] of more.entries()) {
      await createResearcher(w.dataSource, { givenName: 'Org', familyName: `Bredde${i}`, organizationName: o.name });
    }
    await page.goto('/');
    await page.getByRole('heading', { level: 2, name: /profiler i katalogen/ }).waitFor();
    await organisations.getByRole('checkbox', { name: 'Oslo universitetssykehus HF (2)' }).waitFor();
    expect(await organisations.getByRole('checkbox').count()).toBe(8);
    const showAll = organisations.getByRole('button', { name: 'Vis alle 10' });
    expect(await showAll.getAttribute('aria-expanded')).toBe('false');
    await showAll.focus();
    await page.keyboard.press('Enter');
    expect(await organisations.getByRole('checkbox').count()).toBe(10);
    await organisations.getByRole('button', { name: 'Vis færre' }).waitFor();
    await checkPage(page, 'sok-alle-organisasjoner');
  });

  it('is usable with the keyboard alone: skip link, search, and results reached by Tab', async () => {
    const page = await w.newPage('desktop');
    await page.goto('/');
    await page.getByRole('heading', { level: 2, name: /profiler i katalogen/ }).waitFor();
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Hopp til hovedinnholdet');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('sok');
    await page.keyboard.type('gruppeledelse');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: '2 profiler passer' }).waitFor();
  });

  it('pages forward and back through many results, with the page in the URL', async () => {
    for (let i = 1; i <= 22; i += 1) {
      await createResearcher(w.dataSource, { givenName: 'Sam', familyName: `Handling${String(i).padStart(2, '0')}`, bio: 'Forsker på samhandlingsreformen.' });
    }
    const page = await w.newPage('desktop');
    await page.goto('/?q=samhandlingsreformen&sorter=navn');
    await page.getByRole('heading', { level: 2, name: '22 profiler passer' }).waitFor();
    await page.getByText('Side 1 av 2').waitFor();
    expect(await page.getByRole('button', { name: 'Forrige side' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Neste side' }).click();
    await page.getByText('Side 2 av 2').waitFor();
    expect(await resultNames(page)).toEqual(['Sam Handling21', 'Sam Handling22']);
    expect(new URL(page.url()).searchParams.get('etter')).toBeTruthy();
    expect((await focused(page)).id).toBe('resultater-tittel');
    await page.getByRole('button', { name: 'Forrige side' }).click();
    await page.getByText('Side 1 av 2').waitFor();
    expect((await resultNames(page))[0]).toBe('Sam Handling01');
    await page.goBack();
    await page.getByText('Side 2 av 2').waitFor();
  });

  it('shows markup typed into a bio as text: only the search marks become markup', async () => {
    await createResearcher(w.dataSource, {
      givenName: 'Mona',
      familyName: 'Markup',
      bio: 'Tester injeksjonsforsøk med <img src=x onerror="window.hacked=1"> og <b>fet</b> skrift & «sitater».',
    });
    const page = await w.newPage('desktop');
    await page.goto('/?q=injeksjonsforsøk');
    await page.getByRole('link', { name: 'Mona Markup' }).waitFor();
    const snippet = page.locator('.result__snippet');
    expect(await snippet.locator('img, b').count()).toBe(0);
    expect(await snippet.locator('mark').count()).toBeGreaterThan(0);
    expect(await snippet.innerText()).toContain('<img src=x onerror="window.hacked=1">');
    expect(await page.evaluate('window.hacked')).toBeUndefined();
  });

  it('says so when nothing matches, and when a profile does not exist', async () => {
    const page = await w.newPage('phone');
    await page.goto('/?q=kvantefysikk');
    await page.getByText('Ingen profiler passer til «kvantefysikk»').waitFor();
    await checkPage(page, 'sok-ingen-treff');
    // An error from the API is shown in its words, not as a code.
    await page.goto(`/?q=${'mestring '.repeat(40)}`);
    await page.getByRole('alert').getByText('Søket er for langt').waitFor();
    await checkPage(page, 'sok-feil');
    await page.goto('/forsker/finnes-ikke');
    await page.getByRole('heading', { level: 1, name: 'Fant ikke profilen' }).waitFor();
  });
});
