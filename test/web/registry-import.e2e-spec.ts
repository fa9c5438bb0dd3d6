import type { Page } from 'playwright-core';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { RegistryRefreshService } from '../../src/publication/registry-refresh.service';
import { NvaClient } from '../../src/registry/nva.client';
import { OrcidClient } from '../../src/registry/orcid.client';
import { RegistryHttpClient } from '../../src/registry/registry-http-client';
import { RegistryName } from '../../src/registry/registry-import-preview';
import { createAccount, DEFAULT_PASSWORD } from '../support/factories/account.factory';
import { StandIn, startNvaStandIn, startOrcidStandIn } from '../support/registry-stand-ins';
import { BROWSER_TEST_TIMEOUT, checkPage, createWebApp, type WebApp } from '../support/browser';

/**
 * A researcher previews her ORCID record on "Min profil", imports two of its three works, and
 * the public profile then lists those two, with DOIs linking to doi.org.
 */
jest.setTimeout(BROWSER_TEST_TIMEOUT);

describe('web: importing from ORCID', () => {
  let w: WebApp;
  let orcid: StandIn;
  let nva: StandIn;

  beforeAll(async () => {
    orcid = await startOrcidStandIn();
    nva = await startNvaStandIn();
    const client = (registry: RegistryName, baseUrl: string) => new RegistryHttpClient({ registry, baseUrl, minIntervalMs: 0 });
    w = await createWebApp({
      configure: (builder) =>
        builder
          .overrideProvider(OrcidClient)
          .useValue(new OrcidClient(client(RegistryName.ORCID, orcid.url)))
          .overrideProvider(NvaClient)
          .useValue(new NvaClient(client(RegistryName.NVA, nva.url))),
    });
  });

  afterAll(async () => {
    await w?.close();
    await orcid?.close();
    await nva?.close();
  });

  async function logIn(page: Page, email: string) {
    await page.goto(`/logg-inn?neste=${encodeURIComponent('/min-profil')}`);
    await page.getByLabel('E-postadresse').fill(email);
    await page.getByLabel('Passord').fill(DEFAULT_PASSWORD);
    await page.getByRole('button', { name: 'Logg inn' }).click();
  }

  it('previews her ORCID record, imports two of three works, and the public profile shows those two', async () => {
    const { account, researcher } = await createAccount(w, {
      profile: { givenName: 'Kari', familyName: 'Nordmann', orcid: '0000-0000-0000-001X' },
      profileStatus: ProfileStatus.PUBLISHED,
    });
    const page = await w.newPage();
    await logIn(page, account.email);

    await page.getByRole('button', { name: 'Hent fra ORCID' }).click();
    await page.getByRole('heading', { name: 'Dette finnes i ORCID (0000-0000-0000-001X)' }).waitFor();
    // The preview shows what is there and changes nothing yet.
    const works = page.getByRole('group', { name: 'Publikasjoner' }).getByRole('checkbox');
    expect(await works.count()).toBe(3);
    await page.getByText('Forsker, Avdeling for læring og mestring, Oslo universitetssykehus HF (2019–)').waitFor();
    await page.getByRole('checkbox', { name: 'Bruk Oslo universitetssykehus HF som arbeidssted' }).waitFor();
    // Markup in a registry title is shown as text.
    await page.getByText('<i>Health literacy</i> among older adults with chronic illness').waitFor();
    await checkPage(page, 'hent-fra-orcid');

    await page.getByRole('checkbox', { name: /Gruppebasert pasientopplæring/ }).check();
    await page.getByRole('checkbox', { name: /Health literacy/ }).check();
    await page.getByRole('button', { name: 'Hent valgte' }).click();
    await page.getByText('Hentet 2 publikasjoner fra ORCID.').first().waitFor();

    // The list of her publications reads them back: both shown on the profile.
    const mine = page.getByRole('region', { name: 'Mine publikasjoner' });
    await mine.getByRole('link', { name: 'Gruppebasert pasientopplæring: en kvalitativ studie' }).waitFor();
    expect(await mine.getByRole('checkbox', { name: /Vis på profilen/, checked: true }).count()).toBe(2);
    await checkPage(page, 'mine-publikasjoner');

    const visitor = await w.newPage('phone');
    await visitor.goto(`/forsker/${researcher.slug}`);
    const list = visitor.getByRole('region', { name: 'Utvalgte publikasjoner' });
    await list.getByRole('listitem').first().waitFor();
    expect(await list.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('Gruppebasert pasientopplæring: en kvalitativ studie'),
      expect.stringContaining('<i>Health literacy</i> among older adults with chronic illness'),
    ]);
    expect(await list.getByText('Mestring i hverdagen').count()).toBe(0);
    expect(await list.getByRole('link', { name: '10.5555/lms.2023.001' }).getAttribute('href')).toBe('https://doi.org/10.5555/lms.2023.001');
    await checkPage(visitor, 'profil-publikasjoner');

    // A week later a new work is on ORCID: the re-read makes it a suggestion, not a publication.
    const record = JSON.parse(await (await fetch(`${orcid.url}/0000-0000-0000-001X/record`, { headers: { accept: 'application/json' } })).text());
    const group = structuredClone(record['activities-summary'].works.group[0]);
    group['work-summary'][0] = { ...group['work-summary'][0], 'put-code': 7777, title: { title: { value: 'Læring og mestring på nett' } } };
    record['activities-summary'].works.group.push(group);
    orcid.setFixture('0000-0000-0000-001X', record);
    await w.app.get(RegistryRefreshService).refreshDue({ olderThanMs: 0 });
    await page.reload();
    const news = page.getByRole('region', { name: 'Nytt fra ORCID' });
    await news.getByText('Læring og mestring på nett').waitFor();
    await checkPage(page, 'nytt-fra-orcid');
    await visitor.reload();
    await list.getByRole('listitem').first().waitFor();
    expect(await list.getByRole('listitem').count()).toBe(2);
  });
});
