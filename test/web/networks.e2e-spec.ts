import type { Page } from 'playwright-core';
import { AcademicDegree } from '../../src/common/enums/academic-degree.enum';
import { HealthRegion } from '../../src/common/enums/health-region.enum';
import { MembershipRole, MembershipStatus } from '../../src/common/enums/membership.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { createMembership, findNetwork } from '../support/factories/network.factory';
import { createResearcher } from '../support/factories/researcher.factory';
import { createAccount, DEFAULT_PASSWORD } from '../support/factories/account.factory';
import { BROWSER_TEST_TIMEOUT, checkPage, createWebApp, type WebApp } from '../support/browser';

/**
 * The network pages in a real browser: the public list and page, applying, and a coordinator
 * approving an application; axe-core finds nothing on any of them at either width.
 */
jest.setTimeout(BROWSER_TEST_TIMEOUT);

describe('network pages', () => {
  let w: WebApp;
  let siriApplicationId: string;
  const PAGE = '/nettverk/forskernettverket';

  beforeAll(async () => {
    w = await createWebApp();
    const network = await findNetwork(w.dataSource, 'forskernettverket');
    const leader = await createResearcher(w.dataSource, {
      givenName: 'Liv',
      familyName: 'Lederstad',
      title: 'Professor',
      organizationName: 'Oslo universitetssykehus HF',
    });
    await createMembership(w.dataSource, network, leader.id, { role: MembershipRole.LEADER });
    const member = await createResearcher(w.dataSource, {
      givenName: 'Nils',
      familyName: 'Nordmo',
      title: 'Førsteamanuensis',
      organizationName: 'Universitetssykehuset Nord-Norge HF',
    });
    await createMembership(w.dataSource, network, member.id);
    // Neither an unpublished profile nor a pending applicant is shown to the public.
    const hidden = await createResearcher(w.dataSource, { givenName: 'Ulla', familyName: 'Upublisert', status: ProfileStatus.DRAFT });
    await createMembership(w.dataSource, network, hidden.id);
    const { researcher: applicant } = await createAccount(w, {
      profile: { givenName: 'Siri', familyName: 'Søkersen' },
      profileStatus: ProfileStatus.PUBLISHED,
    });
    const pending = await createMembership(w.dataSource, network, applicant.id, { status: MembershipStatus.PENDING, startedOn: null });
    siriApplicationId = pending.id;
  });

  afterAll(async () => {
    await w?.close();
  });

  it('lists the networks, each with its member count and a link to its page', async () => {
    const page = await w.newPage();
    await page.goto('/nettverk');
    await page.getByRole('heading', { level: 1, name: 'Nettverk' }).waitFor();
    expect(await page.title()).toBe('Nettverk – Kompetansekatalogen');
    await page.getByRole('link', { name: 'Dialogforum' }).waitFor();
    const researchCard = page.getByRole('listitem').filter({ hasText: 'Forskernettverk innen pasient- og pårørendeopplæring' });
    await expect(researchCard.textContent()).resolves.toContain('2 medlemmer');
    await checkPage(page, 'nettverk');

    await page.getByRole('link', { name: 'Forskernettverk innen pasient- og pårørendeopplæring' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forskernettverk innen pasient- og pårørendeopplæring' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/nettverk/forskernettverket');
  });

  it('shows an anonymous visitor the description, criteria and members by role and by region, no applications, and a prompt to log in', async () => {
    const page = await w.newPage('phone');
    await page.goto('/nettverk/forskernettverket');
    await page.getByRole('heading', { level: 1, name: 'Forskernettverk innen pasient- og pårørendeopplæring' }).waitFor();
    expect(await page.title()).toBe('Forskernettverk innen pasient- og pårørendeopplæring – Kompetansekatalogen');
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description).toContain('Forskernettverket samler forskere');
    await page.getByRole('heading', { level: 2, name: 'Hvem kan bli med' }).waitFor();
    await page.getByText('mastergrad eller doktorgrad').waitFor();

    await page.getByRole('heading', { level: 3, name: /Ledere/ }).waitFor();
    await page.getByRole('heading', { level: 3, name: /Medlemmer/ }).waitFor();
    const text = await page.locator('main').textContent();
    expect(text).toContain('Liv Lederstad');
    expect(text).toContain('Nils Nordmo');
    expect(text).not.toContain('Upublisert');
    expect(text).not.toContain('Søkersen');
    expect(text).not.toContain('Søknader til behandling');
    await page.getByRole('link', { name: 'Logg inn' }).last().waitFor();
    await checkPage(page, 'nettverk-side-anonym');

    await page.getByRole('link', { name: 'Helseregion' }).click();
    await page.getByRole('heading', { level: 3, name: /Helse Nord/ }).waitFor();
    await page.getByRole('heading', { level: 3, name: /Helse Sør-Øst/ }).waitFor();
    expect(new URL(page.url()).search).toBe('?vis=region');

    await page.getByRole('link', { name: 'Nils Nordmo' }).click();
    await page.waitForURL(/\/forsker\//);
    await page.getByRole('heading', { level: 1, name: 'Nils Nordmo' }).waitFor();
  });

  it('shows a network that takes no applications, with members under the region they represent', async () => {
    const dialogforum = await findNetwork(w.dataSource, 'dialogforum');
    // Works in Oslo, represents Helse Vest in Dialogforum.
    const rep = await createResearcher(w.dataSource, { givenName: 'Vera', familyName: 'Vestby', organizationName: 'Oslo universitetssykehus HF' });
    await createMembership(w.dataSource, dialogforum, rep.id, { role: MembershipRole.LEADER, representingRegion: HealthRegion.WEST });
    const page = await w.newPage('phone');
    await page.goto('/nettverk/dialogforum?vis=region');
    await page.getByRole('heading', { level: 1, name: 'Dialogforum' }).waitFor();
    await page.getByText('Nettverket tar ikke imot søknader. Medlemmene oppnevnes.').waitFor();
    expect(await page.getByRole('link', { name: 'Logg inn' }).count()).toBe(1); // only the one in the menu
    const west = page.getByRole('region', { name: /Helse Vest/ });
    await west.getByRole('link', { name: 'Vera Vestby' }).waitFor();
    await west.getByText('Leder · representerer Helse Vest').waitFor();
    await checkPage(page, 'nettverk-dialogforum');
  });

  it('says so for a network that does not exist', async () => {
    const page = await w.newPage('phone');
    await page.goto('/nettverk/finnes-ikke');
    await page.getByRole('heading', { level: 1, name: 'Fant ikke nettverket' }).waitFor();
  });
  async function logIn(page: Page, email: string, next: string): Promise<void> {
    await page.goto(`/logg-inn?neste=${encodeURIComponent(next)}`);
    await page.getByLabel('E-postadresse').fill(email);
    await page.getByLabel('Passord').fill(DEFAULT_PASSWORD);
    await page.getByRole('button', { name: 'Logg inn' }).click();
  }

  it('a researcher applies, a coordinator approves, and the new member is then on the public page', async () => {
    const network = await findNetwork(w.dataSource, 'forskernettverket');
    const applicant = await createAccount(w, {
      profile: { givenName: 'Astrid', familyName: 'Aasen', title: 'Stipendiat', degree: AcademicDegree.PHD_IN_PROGRESS },
      profileStatus: ProfileStatus.PUBLISHED,
    });
    const coordinator = await createAccount(w, {
      profile: { givenName: 'Kåre', familyName: 'Koordinatorsen' },
      profileStatus: ProfileStatus.PUBLISHED,
    });
    await createMembership(w.dataSource, network, coordinator.researcher.id, { role: MembershipRole.COORDINATOR });
    const editor = await createAccount(w, { role: Role.EDITOR });

    // The researcher applies: the API's message appears beside the field it names.
    const mine = await w.newPage('phone');
    await logIn(mine, applicant.account.email, PAGE);
    await mine.getByRole('heading', { level: 2, name: 'Ditt medlemskap' }).waitFor();
    const degree = mine.getByLabel('Grad (påkrevd)');
    expect(await degree.inputValue()).toBe('PHD_IN_PROGRESS');
    await mine.getByLabel('Hvorfor vil du være med? (valgfritt)').fill('Jeg vil dele erfaringer fra doktorgradsarbeidet.');
    await mine.getByRole('button', { name: 'Send søknad' }).click();
    const experience = mine.getByLabel('Forskningserfaring (påkrevd)');
    await mine.getByText('Beskriv forskningsprosjekter eller evalueringer du har erfaring fra.').waitFor();
    expect(await experience.getAttribute('aria-invalid')).toBe('true');
    await checkPage(mine, 'nettverk-soknad-feil');
    // Focus went to the field to fix.
    expect(await experience.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await experience.fill('Evaluering av lærings- og mestringskurs for pårørende, 2022–2025.');
    await mine.getByRole('button', { name: 'Send søknad' }).click();
    await mine.getByText(/Søknaden din er til behandling/).waitFor();
    expect(await mine.getByRole('button', { name: 'Send søknad' }).count()).toBe(0);
    await checkPage(mine, 'nettverk-soknad-sendt');

    // The coordinator sees both applications with what the applicants wrote.
    const coord = await w.newPage();
    await logIn(coord, coordinator.account.email, PAGE);
    const applications = coord.getByRole('region', { name: /Søknader til behandling/ });
    await applications.getByRole('heading', { level: 3, name: 'Astrid Aasen' }).waitFor();
    await applications.getByText('Evaluering av lærings- og mestringskurs for pårørende, 2022–2025.').waitFor();
    await applications.getByText('Ph.d.-kandidat').waitFor();
    await checkPage(coord, 'nettverk-soknader');

    // Someone else decides on Siri's application first: the coordinator is told so in words.
    const decided = await w.gql('mutation($id: ID!) { decideMembership(id: $id, approve: false) { status } }', { id: siriApplicationId }, editor.token);
    expect(decided.errors).toBeUndefined();
    await applications.getByRole('button', { name: 'Avslå søknaden fra Siri Søkersen' }).click();
    await applications.getByText('Noen andre har allerede behandlet søknaden fra Siri Søkersen.', { exact: false }).waitFor();
    await applications.getByRole('button', { name: 'Oppdater listen' }).click();
    await applications.getByRole('heading', { level: 3, name: 'Siri Søkersen' }).waitFor({ state: 'detached' });

    // Approve Astrid, with a note to her (keyboard only: tab to the note, type, tab to the button).
    await applications.getByLabel('Merknad til søkeren (valgfritt)').fill('Velkommen!');
    await applications.getByRole('button', { name: 'Godkjenn søknaden fra Astrid Aasen' }).focus();
    await coord.keyboard.press('Enter');
    await applications.getByText('Astrid Aasen er godkjent som medlem.').waitFor();
    await applications.getByText('Ingen søknader venter på behandling.').waitFor();
    await coord.getByRole('region', { name: /Medlemsliste/ }).getByRole('link', { name: 'Astrid Aasen' }).waitFor();

    // The public page lists her now, and still shows no applications.
    const anon = await w.newPage();
    await anon.goto(PAGE);
    await anon.getByRole('link', { name: 'Astrid Aasen' }).waitFor();
    expect(await anon.getByText('Søknader til behandling').count()).toBe(0);
    await anon.getByRole('heading', { level: 2, name: 'Medlemsliste (4)' }).waitFor();

    // The member sees her status and the note, and can leave.
    await mine.reload();
    await mine.getByText(/Du er medlem siden/).waitFor();
    await mine.getByText('Merknad fra nettverket: Velkommen!').waitFor();
    await checkPage(mine, 'nettverk-medlem');
    await mine.getByRole('button', { name: 'Meld deg ut' }).click();
    await mine.getByRole('button', { name: 'Ja, meld meg ut' }).click();
    await mine.getByText(/Medlemskapet ditt ble avsluttet/).waitFor();
    await mine.getByRole('button', { name: 'Send søknad' }).waitFor();
  });
});
