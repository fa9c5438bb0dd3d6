import type { Page } from 'playwright-core';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { createAccount, DEFAULT_PASSWORD } from '../support/factories/account.factory';
import { BROWSER_TEST_TIMEOUT, checkPage, createWebApp, type WebApp } from '../support/browser';

/**
 * An editor on a profile's page: reads its history, hides it with a reason, and shows it again.
 * Nobody else sees the editors' panel.
 */
jest.setTimeout(BROWSER_TEST_TIMEOUT);

describe('an editor hides and shows a profile from its page (browser)', () => {
  let w: WebApp;

  beforeAll(async () => {
    w = await createWebApp();
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

  const search = async (page: Page, query: string) => {
    await page.goto(`/?q=${encodeURIComponent(query)}`);
    await page.locator('.results[aria-busy="false"]').waitFor();
  };

  it('reads the history, hides the profile with a reason (gone from search), and shows it again', async () => {
    const editor = await createAccount(w, { role: Role.EDITOR, profile: { givenName: 'Elin', familyName: 'Redaktørsen' } });
    const owner = await createAccount(w, {
      profileStatus: ProfileStatus.PUBLISHED,
      profile: { givenName: 'Hedda', familyName: 'Skjulesen', bio: 'Forsker på skjulte mestringsressurser.' },
    });
    // Something in the history already: the owner changed her title.
    await w.gql(`mutation($v: Int!) { updateMyProfile(expectedVersion: $v, input: { title: "Stipendiat" }) { id } }`, { v: owner.researcher.version }, owner.token);

    // A visitor sees the profile and no editors' panel.
    const visitor = await w.newPage('desktop');
    await search(visitor, 'Skjulesen');
    await visitor.getByRole('link', { name: 'Hedda Skjulesen' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Hedda Skjulesen' }).waitFor();
    expect(await visitor.getByRole('heading', { name: 'For redaksjonen' }).count()).toBe(0);

    const page = await w.newPage('desktop');
    await logIn(page, editor.account.email, `/forsker/${owner.researcher.slug}`);
    await page.getByRole('heading', { level: 1, name: 'Hedda Skjulesen' }).waitFor();
    const panel = page.getByRole('region', { name: 'For redaksjonen' });
    await panel.getByText('Status: Publisert', { exact: true }).waitFor();

    // The history, opened from the keyboard.
    await panel.getByText('Historikk', { exact: true }).focus();
    await page.keyboard.press('Enter');
    await panel.getByText('Stilling: (tomt) → Stipendiat').waitFor();
    await panel.getByText(/^Endret .* av eieren \(Hedda Skjulesen\)$/).waitFor();
    await checkPage(page, 'profil-redaksjon');

    // Hiding needs a reason: the page asks for one beside the field, and nothing changes.
    await panel.getByRole('button', { name: 'Skjul', exact: true }).click();
    await panel.getByText('Skriv en begrunnelse for at profilen skjules.').waitFor();
    expect(await page.evaluate('document.activeElement?.id')).toBe('redaksjon-begrunnelse');
    expect((await w.gql(`query($id: ID) { researcher(id: $id) { id } }`, { id: owner.researcher.id })).data!.researcher).not.toBeNull();
    await checkPage(page, 'profil-redaksjon-mangler-begrunnelse');

    await panel.getByLabel('Begrunnelse for å skjule profilen').fill('Meldt inn som villedende.');
    await panel.getByRole('button', { name: 'Skjul', exact: true }).click();
    await panel.getByRole('status').filter({ hasText: 'Hedda Skjulesen er skjult fra katalogen.' }).waitFor();
    await panel.getByText('Status: Skjult av redaksjonen', { exact: true }).waitFor();
    // The history shows the decision, who took it and why.
    await panel.getByText('Begrunnelse: Meldt inn som villedende.').waitFor();
    await panel.getByText(/^Skjult .* av Elin Redaktørsen$/).waitFor();
    await panel.getByText('Status: publisert → skjult').waitFor();
    await checkPage(page, 'profil-redaksjon-skjult');

    // Gone for everyone else: from search, and its address finds nothing.
    await search(visitor, 'Skjulesen');
    await visitor.getByText('Ingen profiler passer til «Skjulesen»').waitFor();
    await visitor.goto(`/forsker/${owner.researcher.slug}`);
    await visitor.getByRole('heading', { level: 1, name: 'Fant ikke profilen' }).waitFor();

    // Shown again, with a reason that is optional.
    await panel.getByLabel('Begrunnelse for å vise profilen igjen').fill('Eieren har rettet profilen.');
    await panel.getByRole('button', { name: 'Vis igjen' }).click();
    await panel.getByRole('status').filter({ hasText: 'Hedda Skjulesen vises igjen i katalogen.' }).waitFor();
    await panel.getByText('Status: Publisert', { exact: true }).waitFor();
    await panel.getByText('Begrunnelse: Eieren har rettet profilen.').waitFor();
    await search(visitor, 'Skjulesen');
    await visitor.getByRole('link', { name: 'Hedda Skjulesen' }).waitFor();

    // The audit log has both decisions, by this editor.
    const admin = await createAccount(w, { role: Role.ADMIN });
    const log = (await w.gql(`{ auditLog(first: 10, actor: "${editor.account.id}") { edges { node { action targetId note } } } }`, {}, admin.token)).data!
      .auditLog.edges.map((e: { node: object }) => e.node);
    expect(log).toEqual([
      { action: 'PROFILE_PUBLISHED', targetId: owner.researcher.id, note: 'Eieren har rettet profilen.' },
      { action: 'PROFILE_HIDDEN', targetId: owner.researcher.id, note: 'Meldt inn som villedende.' },
    ]);
  });

  it('shows the panel to no researcher, not even on her own profile', async () => {
    const owner = await createAccount(w, { profileStatus: ProfileStatus.PUBLISHED, profile: { givenName: 'Ingeborg', familyName: 'Egen' } });
    const page = await w.newPage('phone');
    await logIn(page, owner.account.email, `/forsker/${owner.researcher.slug}`);
    await page.getByRole('heading', { level: 1, name: 'Ingeborg Egen' }).waitFor();
    expect(await page.getByRole('heading', { name: 'For redaksjonen' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Skjul', exact: true }).count()).toBe(0);
  });
});
