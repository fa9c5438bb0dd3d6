import type { Page } from 'playwright-core';
import { Role } from '../../src/common/enums/role.enum';
import { createAccount, DEFAULT_PASSWORD } from '../support/factories/account.factory';
import { BROWSER_TEST_TIMEOUT, checkPage, createWebApp, focused, type WebApp } from '../support/browser';

/**
 * A researcher registers, fills in the profile, is told what is wrong beside the field,
 * submits it; an editor publishes it; a visitor then finds it by search.
 */
jest.setTimeout(BROWSER_TEST_TIMEOUT);

describe('web: my profile and the editors', () => {
  let w: WebApp;

  beforeAll(async () => {
    w = await createWebApp();
  });

  afterAll(async () => {
    await w?.close();
  });

  async function logIn(page: Page, email: string, password = DEFAULT_PASSWORD, next = '/min-profil') {
    await page.goto(`/logg-inn?neste=${encodeURIComponent(next)}`);
    await page.getByLabel('E-postadresse').fill(email);
    await page.getByLabel('Passord').fill(password);
    await page.getByRole('button', { name: 'Logg inn' }).click();
  }

  it('registers, edits, fixes a bad ORCID, submits; an editor publishes; search finds it', async () => {
    const page = await w.newPage();
    await page.goto('/registrer');
    await page.getByLabel('Fornavn').fill('Solveig');
    await page.getByLabel('Etternavn').fill('Mestringsdal');
    await page.getByLabel('E-postadresse').fill('solveig.mestringsdal@example.no');
    await page.getByLabel('Passord', { exact: true }).fill(DEFAULT_PASSWORD);
    await page.getByRole('button', { name: 'Opprett konto' }).click();
    await page.getByRole('heading', { level: 2, name: 'Status: Utkast' }).waitFor();
    await checkPage(page, 'min-profil');

    await page.getByLabel('Stillingstittel').fill('Førsteamanuensis');
    await page.getByLabel('Høyeste grad').selectOption({ label: 'Ph.d.' });
    await page.getByLabel('ORCID iD').fill('0000-0002-1825-0098');
    await page.getByLabel('Arbeidssted').selectOption({ label: 'Oslo universitetssykehus HF' });
    await page.getByLabel('Helseregion').selectOption({ label: 'Helse Sør-Øst' });
    await page.getByLabel('Om meg og min forskning').fill('Forsker på mestringsstrategier i pasientopplæring for personer med diabetes.');
    await page.getByLabel('Stikkord').fill('diabetes, gruppeopplæring');
    await page.getByRole('checkbox', { name: 'Norsk bokmål' }).check();
    await page.getByRole('checkbox', { name: 'Mestring og mestringsstrategier' }).check();
    await page.getByRole('checkbox', { name: 'Jeg kan holde foredrag og kurs' }).check();
    await page.getByLabel('E-post på profilen').fill('solveig@ous.example.no');
    await page.getByRole('group', { name: 'Hvem kan se e-postadressen?' }).getByLabel('Alle').check();
    await page.getByLabel('Telefon').fill('+47 22 11 80 80');

    // The preview follows the choices before they are saved.
    const journalist = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /journalist/ }) });
    await journalist.getByText('solveig@ous.example.no').waitFor();
    expect(await journalist.getByText('Vises ikke').count()).toBe(1);
    const owner = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Bare du (og redaksjonen)' }) });
    await owner.getByText('+47 22 11 80 80').waitFor();

    await page.getByRole('button', { name: 'Lagre endringer' }).click();
    const orcid = page.getByLabel('ORCID iD');
    await page.locator('#profil-orcid-feil').waitFor();
    expect(await orcid.getAttribute('aria-invalid')).toBe('true');
    expect((await focused(page)).id).toBe('profil-orcid');
    expect(await page.locator('#profil-orcid-feil').textContent()).not.toMatch(/BAD_USER_INPUT/);
    await checkPage(page, 'min-profil-feil');

    await orcid.fill('0000-0002-1825-0097');
    await page.getByRole('button', { name: 'Lagre endringer' }).click();
    await page.getByText('Endringene er lagret.').waitFor();
    expect(await page.locator('.field__error').count()).toBe(0);
    // Editors answer by mail, so the address must be confirmed first: the page says so, and
    // the link in the welcome mail opens the way.
    await page.getByRole('button', { name: 'Send til vurdering' }).click();
    await page.getByText(/Bekreft e-postadressen din før du sender profilen til vurdering/).waitFor();
    const welcome = await w.mail.waitFor('solveig.mestringsdal@example.no');
    const verify = new URL(/https?:\/\/\S+\/bekreft-epost\?token=[^\s"<]+/.exec(welcome.text)![0]);
    await page.goto(verify.pathname + verify.search);
    await page.getByText('Takk! E-postadressen er bekreftet.').waitFor();
    await page.goto('/min-profil');
    await page.getByRole('button', { name: 'Send til vurdering' }).click();
    await page.getByRole('heading', { level: 2, name: 'Status: Til vurdering hos redaksjonen' }).waitFor();

    // The editor sees it in the queue, with its details, and publishes it.
    const editor = await createAccount(w, { role: Role.EDITOR });
    const editorPage = await w.newPage('phone');
    await logIn(editorPage, editor.account.email, DEFAULT_PASSWORD, '/redaksjon');
    await editorPage.getByRole('heading', { level: 1, name: 'Redaksjon' }).waitFor();
    const card = editorPage.getByRole('article', { name: 'Solveig Mestringsdal' });
    await card.getByText('0000-0002-1825-0097').waitFor();
    await editorPage.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Redaksjon' }).waitFor();
    await checkPage(editorPage, 'redaksjon');
    await card.getByRole('button', { name: 'Publiser' }).click();
    await editorPage.getByText('Solveig Mestringsdal er publisert.').waitFor();
    await editorPage.getByText('Ingen profiler venter på vurdering.').waitFor();

    // A journalist finds it on the front page, and the profile shows no private phone.
    const visitor = await w.newPage('phone');
    await visitor.goto('/');
    await visitor.getByLabel('Søk etter tema, navn eller fagområde').fill('mestringsstrategier');
    await visitor.getByRole('button', { name: 'Søk', exact: true }).click();
    await visitor.getByRole('link', { name: 'Solveig Mestringsdal' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Solveig Mestringsdal' }).waitFor();
    expect(await visitor.getByText('22 11 80 80').count()).toBe(0);

    // The owner's page now says it is published.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Status: Publisert' }).waitFor();
    await page.getByRole('button', { name: 'Bekreft at profilen er oppdatert' }).click();
    await page.getByText('Takk! Profilen er bekreftet som oppdatert.').waitFor();
  });

  it("shows the editors' note after a rejection, and a clear message when the profile changed elsewhere", async () => {
    const editor = await createAccount(w, { role: Role.EDITOR });
    const owner = await createAccount(w, { profile: { givenName: 'Rolf', familyName: 'Avvist' } });
    const editorPage = await w.newPage();
    await w.gql(`mutation { submitMyProfileForReview { id } }`, {}, owner.token);
    await logIn(editorPage, editor.account.email, DEFAULT_PASSWORD, '/redaksjon');
    const card = editorPage.getByRole('article', { name: 'Rolf Avvist' });
    await card.getByRole('button', { name: 'Send tilbake med merknad' }).click();
    // Without a note the API refuses, and says why beside the note field.
    await card.getByText('Skriv en merknad som forteller hva som må endres.').waitFor();
    await card.getByLabel('Merknad til Rolf Avvist').fill('Legg til arbeidssted og fagområder.');
    await card.getByRole('button', { name: 'Send tilbake med merknad' }).click();
    await editorPage.getByText('Rolf Avvist er sendt tilbake med merknad.').waitFor();

    const page = await w.newPage('phone');
    await logIn(page, owner.account.email);
    await page.getByRole('heading', { name: 'Merknad fra redaksjonen' }).waitFor();
    await page.getByText('Legg til arbeidssted og fagområder.').waitFor();
    await checkPage(page, 'min-profil-merknad');

    // Someone saves in another tab meanwhile: this page's save is refused in words.
    await w.gql(`mutation { updateMyProfile(input: { title: "Rådgiver" }, expectedVersion: ${owner.researcher.version}) { version } }`, {}, owner.token);
    await page.getByLabel('Stillingstittel').fill('Spesialrådgiver');
    await page.getByRole('button', { name: 'Lagre endringer' }).click();
    await page.getByText(/Profilen er endret et annet sted/).waitFor();
    await page.getByRole('button', { name: 'Last inn profilen på nytt' }).click();
    // Polled through the locator: a string predicate would be evaluated in the page, which
    // its Content-Security-Policy (no 'unsafe-eval') rightly refuses.
    const title = page.getByLabel('Stillingstittel');
    for (let i = 0; i < 100 && (await title.inputValue()) !== 'Rådgiver'; i++) await page.waitForTimeout(100);
    expect(await title.inputValue()).toBe('Rådgiver');
  });

  it('downloads my data, changes the password, and deletes the account with the password', async () => {
    const owner = await createAccount(w, { profile: { givenName: 'Dina', familyName: 'Datasen' } });
    const page = await w.newPage();
    await logIn(page, owner.account.email);
    await page.getByText('Innlogget som Dina Datasen').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned mine data' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kompetansekatalogen-mine-data-.*\.json$/);
    const exported = JSON.parse((await (await download.createReadStream()).toArray()).join('')) as unknown;
    expect(JSON.stringify(exported)).toContain(owner.account.email);

    await page.getByLabel('Nåværende passord').fill('feil passord her');
    await page.getByLabel('Nytt passord').fill('Nytt-Langt-Passord-Fjell-77');
    await page.getByRole('button', { name: 'Bytt passord' }).click();
    await page.getByText('Nåværende passord er feil.').waitFor();
    await page.getByLabel('Nåværende passord').fill(DEFAULT_PASSWORD);
    await page.getByRole('button', { name: 'Bytt passord' }).click();
    await page.getByText('Passordet er byttet.').waitFor();

    const erase = page.getByRole('region', { name: 'Dine data' });
    await erase.getByLabel('Passord', { exact: true }).fill(DEFAULT_PASSWORD);
    await erase.getByRole('button', { name: 'Slett kontoen min for godt' }).click();
    await erase.getByText('Passordet er feil.').waitFor();
    await erase.getByLabel('Passord', { exact: true }).fill('Nytt-Langt-Passord-Fjell-77');
    await erase.getByRole('button', { name: 'Slett kontoen min for godt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kontoen er slettet' }).waitFor();
    await checkPage(page, 'konto-slettet');
    const login = await w.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, {
      e: owner.account.email,
      p: 'Nytt-Langt-Passord-Fjell-77',
    });
    expect(login.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
