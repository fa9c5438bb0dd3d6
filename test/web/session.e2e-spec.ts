import type { Page } from 'playwright-core';
import { Account } from '../../src/account/account.entity';
import { createAccount, DEFAULT_PASSWORD } from '../support/factories/account.factory';
import { BROWSER_TEST_TIMEOUT, checkPage, createWebApp, focused, type WebApp } from '../support/browser';

/** Register, sign in and out in a real browser; the session survives a reload and a refused access token. */
jest.setTimeout(BROWSER_TEST_TIMEOUT);

describe('web: session (logg inn, registrer, logg ut)', () => {
  let w: WebApp;

  beforeAll(async () => {
    w = await createWebApp();
  });

  afterAll(async () => {
    await w?.close();
  });

  const nav = (page: Page) => page.getByRole('navigation', { name: 'Hovedmeny' });

  it('registers a researcher, shows the API refusal beside the field, and signs them in', async () => {
    const existing = await createAccount(w);
    const page = await w.newPage('phone');
    await page.goto('/registrer');
    await page.getByRole('heading', { level: 1, name: 'Opprett konto' }).waitFor();
    await checkPage(page, 'registrer');

    await page.getByLabel('Fornavn').fill('Ingrid');
    await page.getByLabel('Etternavn').fill('Haugen');
    await page.getByLabel('E-postadresse').fill(existing.account.email);
    await page.getByLabel('Passord', { exact: true }).fill(DEFAULT_PASSWORD);
    await page.getByRole('button', { name: 'Opprett konto' }).click();
    const email = page.getByLabel('E-postadresse');
    await page.getByText('Det finnes allerede en konto med denne e-postadressen.').waitFor();
    // The message is tied to the field and focus moved there.
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect((await focused(page)).id).toBe('registrer-email');
    await checkPage(page, 'registrer-feil');

    await email.fill('ingrid.haugen@example.no');
    await page.getByRole('button', { name: 'Opprett konto' }).click();
    await page.getByRole('heading', { level: 1, name: 'Min profil' }).waitFor();
    await nav(page).getByRole('button', { name: 'Logg ut' }).waitFor();
    expect(await nav(page).getByRole('link', { name: 'Logg inn' }).count()).toBe(0);
    // A reload keeps the session (the refresh token is in sessionStorage, the access token is not).
    await page.reload();
    await page.getByText('Innlogget som Ingrid Haugen').waitFor();
    expect(await page.evaluate('JSON.stringify(sessionStorage)')).not.toContain('eyJ');
  });

  it('refreshes once and retries when the API refuses the access token', async () => {
    const { account } = await createAccount(w, { profile: { givenName: 'Per', familyName: 'Refresh' } });
    const page = await w.newPage();
    await page.goto('/logg-inn?neste=/min-profil');
    await page.getByLabel('E-postadresse').fill(account.email);
    await page.getByLabel('Passord').fill(DEFAULT_PASSWORD);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByText('Innlogget som Per Refresh').waitFor();

    // Old access tokens stop working (as after 15 minutes); the refresh token still does.
    await w.dataSource.getRepository(Account).increment({ id: account.id }, 'tokenVersion', 1);
    const statuses: number[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('/graphql')) statuses.push(r.status());
    });
    // Within the page (no reload): the next signed-in request is refused, refreshed, retried.
    await page.getByRole('link', { name: 'Finn ekspert' }).click();
    await page.getByRole('heading', { level: 1, name: 'Finn en ekspert' }).waitFor();
    await page.getByRole('link', { name: 'Min profil' }).click();
    await page.getByText('Innlogget som Per Refresh').waitFor();
    expect(statuses).toContain(401);
    expect(statuses.at(-1)).toBe(200);
    expect(page.url()).toMatch(/\/min-profil$/);
  });

  it('says so in words when the password is wrong, then signs in and out', async () => {
    const { account } = await createAccount(w, { profile: { givenName: 'Kari', familyName: 'Innlogget' } });
    const page = await w.newPage('phone');
    await page.goto('/min-profil');
    // Signed out, my profile sends you to log in and back.
    await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
    expect(page.url()).toContain('/logg-inn?neste=%2Fmin-profil');
    await page.getByLabel('E-postadresse').fill(account.email);
    await page.getByLabel('Passord').fill('feil-passord-helt');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByRole('alert').getByText('Feil e-postadresse eller passord.').waitFor();
    await checkPage(page, 'logg-inn-feil');

    // Keyboard only: Tab to the password field, type, Enter submits.
    await page.getByLabel('E-postadresse').focus();
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('logg-inn-password');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(DEFAULT_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByText('Innlogget som Kari Innlogget').waitFor();
    await nav(page).getByRole('button', { name: 'Logg ut' }).click();
    await nav(page).getByRole('link', { name: 'Logg inn' }).waitFor();
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
    // The refresh token was ended at the API too: a reload stays signed out.
    await page.reload();
    await nav(page).getByRole('link', { name: 'Logg inn' }).waitFor();
  });

  it('follows the links in the mails: confirm the address, and a new password after "Glemt passordet?"', async () => {
    const { account } = await createAccount(w, { emailVerified: false, profile: { givenName: 'Gro', familyName: 'Glemsk' } });
    const link = (text: string, path: string) => new URL(new RegExp(`https?://\\S+/${path}\\?token=[^\\s"<]+`).exec(text)![0]);

    const page = await w.newPage('phone');
    await page.goto('/logg-inn');
    await page.getByLabel('E-postadresse').fill(account.email);
    await page.getByLabel('Passord').fill(DEFAULT_PASSWORD);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    const before = w.mail.to(account.email).length;
    await page.getByRole('button', { name: 'Send lenken på nytt' }).click();
    await page.getByText('Vi har sendt lenken på nytt.').waitFor();
    const verify = link((await w.mail.waitFor(account.email, { since: before })).text, 'bekreft-epost');
    await page.goto(verify.pathname + verify.search);
    await page.getByText('Takk! E-postadressen er bekreftet.').waitFor();
    await page.getByRole('link', { name: 'Gå til profilen din' }).click();
    await page.getByRole('heading', { level: 2, name: 'Status: Utkast' }).waitFor();
    expect(await page.getByRole('button', { name: 'Send lenken på nytt' }).count()).toBe(0);
    await nav(page).getByRole('button', { name: 'Logg ut' }).click();

    await page.goto('/logg-inn');
    await page.getByRole('link', { name: 'Glemt passordet?' }).click();
    await page.getByLabel('E-postadresse').fill(account.email);
    await page.getByRole('button', { name: 'Send lenke' }).click();
    await page.getByText(/har vi sendt en lenke/).waitFor();
    await checkPage(page, 'glemt-passord');
    const reset = link((await w.mail.waitFor(account.email, { subject: /passord/i })).text, 'nytt-passord');
    await page.goto(reset.pathname + reset.search);
    await page.getByLabel('Nytt passord').fill('kort');
    await page.getByRole('button', { name: 'Lagre nytt passord' }).click();
    await page.locator('#nytt-newPassword-feil').waitFor();
    await page.getByLabel('Nytt passord').fill('Ferske-Moltebær-Fra-Finnmark-9');
    await page.getByRole('button', { name: 'Lagre nytt passord' }).click();
    await page.getByText('Passordet er byttet.').waitFor();
    // The link is used up; the API says so in words.
    await page.goto(reset.pathname + reset.search);
    await page.getByLabel('Nytt passord').fill('Ferske-Moltebær-Fra-Finnmark-10');
    await page.getByRole('button', { name: 'Lagre nytt passord' }).click();
    await page.getByRole('alert').getByText('Lenken er ugyldig eller utløpt. Be om en ny.').waitFor();

    await page.goto('/logg-inn');
    await page.getByLabel('E-postadresse').fill(account.email);
    await page.getByLabel('Passord').fill('Ferske-Moltebær-Fra-Finnmark-9');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByText('Innlogget som Gro Glemsk').waitFor();
  });
  it('“Logg ut overalt” on my profile ends this session and the one on another device', async () => {
    const { account } = await createAccount(w, { profile: { givenName: 'Alle', familyName: 'Enheter' } });
    const logIn = async (page: Page) => {
      await page.goto('/logg-inn?neste=/min-profil');
      await page.getByLabel('E-postadresse').fill(account.email);
      await page.getByLabel('Passord').fill(DEFAULT_PASSWORD);
      await page.getByRole('button', { name: 'Logg inn' }).click();
      await page.getByText('Innlogget som Alle Enheter').waitFor();
    };
    const phone = await w.newPage('phone');
    await logIn(phone);
    const page = await w.newPage('desktop');
    await logIn(page);

    await page.getByRole('button', { name: 'Logg ut overalt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Du er logget ut på alle enheter.' }).waitFor();
    await nav(page).getByRole('link', { name: 'Logg inn' }).waitFor();
    await checkPage(page, 'logget-ut-overalt');
    // The other device's refresh token was ended too: after a reload it is signed out.
    await phone.reload();
    await phone.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
    expect(await phone.evaluate('JSON.stringify(sessionStorage)')).toBe('{}');
  });
});
