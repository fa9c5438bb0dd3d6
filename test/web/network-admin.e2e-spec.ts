import type { Page } from 'playwright-core';
import { MembershipRole } from '../../src/common/enums/membership.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { JobQueue } from '../../src/jobs/job-queue.service';
import { createAccount, DEFAULT_PASSWORD } from '../support/factories/account.factory';
import { createMembership, createNetwork, findNetwork } from '../support/factories/network.factory';
import { createResearcher } from '../support/factories/researcher.factory';
import { BROWSER_TEST_TIMEOUT, checkPage, createWebApp, type WebApp } from '../support/browser';
import { SmtpSink } from '../support/smtp-sink';

/**
 * Running a network from the pages: a coordinator appoints Dialogforum's Helse Nord leader,
 * and a visitor subscribes to a newsletter, confirms, receives one and leaves it. Mail goes
 * through a real SMTP server on loopback; axe-core finds nothing on any page.
 */
jest.setTimeout(BROWSER_TEST_TIMEOUT);

describe('network administration pages', () => {
  let w: WebApp;
  let sink: SmtpSink;

  beforeAll(async () => {
    w = await createWebApp();
    sink = w.mail;
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

  /** The path and query of a link in a mail (its host is PUBLIC_URL, not the test server). */
  const pathOf = (url: string) => {
    const u = new URL(url);
    return `${u.pathname}${u.search}`;
  };

  it('a coordinator appoints the Helse Nord leader of Dialogforum, and the public page shows the region filled', async () => {
    const dialogforum = await findNetwork(w.dataSource, 'dialogforum');
    const coordinator = await createAccount(w, { profile: { givenName: 'Kari', familyName: 'Koordinator' }, profileStatus: ProfileStatus.PUBLISHED });
    await createMembership(w.dataSource, dialogforum, coordinator.researcher.id, { role: MembershipRole.COORDINATOR });
    await createResearcher(w.dataSource, {
      givenName: 'Nora',
      familyName: 'Nordlys',
      title: 'Leder, lærings- og mestringssenteret',
      organizationName: 'Universitetssykehuset Nord-Norge HF',
      status: ProfileStatus.PUBLISHED,
    });

    const anon = await w.newPage();
    await anon.goto('/nettverk/dialogforum');
    const regions = anon.getByRole('region', { name: 'Representasjon fra helseregionene' });
    await regions.getByText('Helse Nord').waitFor();

    const page = await w.newPage();
    await logIn(page, coordinator.account.email, '/nettverk/dialogforum');
    await page.getByRole('link', { name: 'Administrer nettverket' }).click();
    await page.getByRole('heading', { level: 1, name: 'Administrer Dialogforum' }).waitFor();
    await page.getByText(/Helseregioner uten representant: Helse Nord/).waitFor();
    await checkPage(page, 'nettverk-admin');

    // Keyboard only: search, choose, role, region, appoint.
    await page.getByLabel('Søk etter en person i katalogen').fill('Nordlys');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Velg Nora Nordlys' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Rolle', { exact: true }).selectOption('LEADER');
    await page.getByLabel('Representerer (valgfritt)').selectOption('region:NORTH');
    await page.getByRole('button', { name: 'Oppnevn Nora Nordlys' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Nora Nordlys er oppnevnt som leder.').waitFor();
    const history = page.getByRole('region', { name: 'Medlemmer og historikk' });
    await history.getByText('Leder · Aktiv · representerer Helse Nord', { exact: false }).waitFor();
    await checkPage(page, 'nettverk-admin-oppnevnt');

    await anon.reload();
    await anon.getByRole('heading', { level: 1, name: 'Dialogforum' }).waitFor();
    await anon.getByRole('link', { name: 'Nora Nordlys' }).waitFor();
    const text = await anon.getByRole('region', { name: 'Representasjon fra helseregionene' }).textContent();
    expect(text).not.toContain('Helse Nord');
    expect(text).toContain('Helse Midt-Norge');
    await checkPage(anon, 'nettverk-dialogforum-regioner');
  });

  it('a visitor subscribes, confirms, receives a newsletter and leaves it in one click', async () => {
    const editor = await createAccount(w, { role: Role.EDITOR });
    const visitor = await w.newPage('phone');
    await visitor.goto('/nettverk/forskernettverket');
    const subscribe = visitor.getByRole('region', { name: 'Få nyhetsbrevet' });
    await subscribe.getByLabel('E-postadresse').fill('nysgjerrig@example.org');
    await subscribe.getByRole('button', { name: 'Abonner' }).click();
    await subscribe.getByText(/Følg lenken i den for å bekrefte/).waitFor();
    await checkPage(visitor, 'nyhetsbrev-abonner');

    // The confirmation mail is a durable job: what the app's worker does (it is off in tests).
    await w.app.get(JobQueue).runDue();
    const confirmMail = await sink.waitFor('nysgjerrig@example.org', { subject: /Bekreft abonnement/ });
    const link = /(http\S+\/nyhetsbrev\/bekreft\?token=\S+)/.exec(confirmMail.text)![1];
    await visitor.goto(pathOf(link));
    await visitor.getByRole('heading', { level: 1, name: 'Bekreft abonnement' }).waitFor();
    await checkPage(visitor, 'nyhetsbrev-bekreft');
    await visitor.getByRole('button', { name: 'Bekreft abonnementet' }).click();
    await visitor.getByText('Abonnementet er bekreftet.', { exact: false }).waitFor();

    // The editor sends from the workspace.
    const admin = await w.newPage();
    await logIn(admin, editor.account.email, '/nettverk/forskernettverket/admin');
    const form = admin.getByRole('region', { name: 'Send nyhetsbrev' });
    await form.getByLabel('Emne').fill('Vårens nyhetsbrev');
    await form.getByLabel('Tekst').fill('Seminar om brukermedvirkning i mai.');
    await form.getByRole('button', { name: 'Send nyhetsbrevet' }).click();
    await admin.getByText(/Nyhetsbrevet «Vårens nyhetsbrev» sendes til 1 mottaker/).waitFor();
    // What the app's job worker does (it is off in tests).
    await w.app.get(JobQueue).runDue();

    const letter = await sink.waitFor('nysgjerrig@example.org', { subject: /Vårens nyhetsbrev/ });
    expect(letter.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    const unsubscribe = /^<(.+)>$/.exec(letter.headers['list-unsubscribe'])![1];

    // The archive on the public page.
    await visitor.goto('/nettverk/forskernettverket');
    await visitor.getByText(/Vårens nyhetsbrev/).waitFor();

    await visitor.goto(pathOf(unsubscribe));
    await visitor.getByRole('heading', { level: 1, name: 'Meld deg av nyhetsbrevet' }).waitFor();
    await checkPage(visitor, 'nyhetsbrev-avmeld');
    await visitor.getByRole('button', { name: 'Meld meg av' }).click();
    await visitor.getByText('Du er meldt av', { exact: false }).waitFor();

    const next = await w.gql(
      `mutation { sendNetworkNewsletter(network: "forskernettverket", subject: "Høstens nyhetsbrev", body: "Tekst") { recipientCount } }`,
      {},
      editor.token,
    );
    expect(next.data!.sendNetworkNewsletter.recipientCount).toBe(0);
  });

  it('a coordinator changes a role and whom a member represents, ends a membership with a note, takes the mailing list and plans meetings', async () => {
    const network = await createNetwork(w.dataSource, { name: 'Nettverk for brukermedvirkning', applicationsOpen: false });
    const coordinator = await createAccount(w, { profile: { givenName: 'Kåre', familyName: 'Koordinerer' }, profileStatus: ProfileStatus.PUBLISHED });
    await createMembership(w.dataSource, network, coordinator.researcher.id, { role: MembershipRole.COORDINATOR });
    const stays = await createAccount(w, {
      profile: { givenName: 'Siri', familyName: 'Vestlund', acceptsNetworkMail: true },
      profileStatus: ProfileStatus.PUBLISHED,
    });
    await createMembership(w.dataSource, network, stays.researcher.id);
    const leaves = await createAccount(w, {
      profile: { givenName: 'Leif', familyName: 'Avreise', acceptsNetworkMail: true },
      profileStatus: ProfileStatus.PUBLISHED,
    });
    await createMembership(w.dataSource, network, leaves.researcher.id);

    const page = await w.newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await logIn(page, coordinator.account.email, `/nettverk/${network.slug}/admin`);
    await page.getByRole('heading', { level: 1, name: `Administrer ${network.name}` }).waitFor();
    const history = page.getByRole('region', { name: 'Medlemmer og historikk' });

    // A new role and a health region to represent.
    await history.getByLabel('Rolle for Siri Vestlund').selectOption('LEADER');
    await history.getByLabel('Siri Vestlund representerer').selectOption('region:WEST');
    await history.getByRole('button', { name: 'Lagre rolle og representasjon for Siri Vestlund' }).click();
    await page.getByText('Endringene for Siri Vestlund er lagret.').waitFor();
    await history.getByText('Leder · Aktiv · representerer Helse Vest', { exact: false }).waitFor();

    // Ended with a note, by keyboard: the history keeps the membership and says why it ended.
    await history.getByLabel('Merknad ved avslutning for Leif Avreise (valgfritt)').fill('Flyttet til utlandet.');
    await history.getByRole('button', { name: 'Avslutt medlemskapet til Leif Avreise' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Medlemskapet til Leif Avreise er avsluttet.').waitFor();
    await history.getByText('Medlem · Avsluttet', { exact: false }).waitFor();
    await history.getByText('Merknad ved avslutning: Flyttet til utlandet.').waitFor();
    await checkPage(page, 'nettverk-admin-historikk');

    // The mailing list: active members who accept network mail, as CSV and to copy.
    await page.reload();
    const list = page.getByRole('region', { name: 'E-postliste' });
    await list.getByText('(1)', { exact: false }).waitFor();
    const href = await list.getByRole('link', { name: 'Last ned som CSV' }).getAttribute('href');
    const csv = decodeURIComponent(href!.slice(href!.indexOf(',') + 1));
    expect(csv).toContain(stays.account.email);
    expect(csv).not.toContain(leaves.account.email);
    expect(await list.getByLabel('Adresser å kopiere').inputValue()).toBe(stays.account.email);
    await list.getByRole('button', { name: 'Kopier adressene' }).click();
    await list.getByText('1 adresse er kopiert.', { exact: false }).waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(stays.account.email);

    // Meetings: planned, changed, deleted; the public page follows.
    const meetings = page.getByRole('region', { name: 'Møter' });
    await meetings.getByLabel('Tittel').fill('Vårsamling');
    await meetings.getByLabel('Starter').fill('2031-05-12T10:00');
    await meetings.getByLabel('Sted', { exact: true }).fill('Bergen');
    await meetings.getByLabel('Saksliste').fill('Erfaringer fra brukerpanelene.');
    await meetings.getByRole('button', { name: 'Legg til møtet' }).click();
    await page.getByText('Møtet «Vårsamling» er lagt til.').waitFor();
    await meetings.getByRole('button', { name: 'Endre Vårsamling' }).click();
    await meetings.getByLabel('Tittel').fill('Vårsamling i Bergen');
    await meetings.getByRole('button', { name: 'Lagre møtet' }).click();
    await page.getByText('Møtet «Vårsamling i Bergen» er endret.').waitFor();
    await checkPage(page, 'nettverk-admin-moter');

    const visitor = await w.newPage();
    await visitor.goto(`/nettverk/${network.slug}`);
    await visitor.getByRole('heading', { name: 'Vårsamling i Bergen' }).waitFor();
    await visitor.getByText('Erfaringer fra brukerpanelene.').waitFor();

    await meetings.getByRole('button', { name: 'Slett Vårsamling i Bergen' }).click();
    await page.getByText('Møtet «Vårsamling i Bergen» er slettet.').waitFor();
    await visitor.reload();
    await visitor.getByText('Ingen møter er planlagt.').waitFor();
    expect(await visitor.getByText('Vårsamling i Bergen').count()).toBe(0);
  });

  it('an editor creates, changes and archives a network at /redaksjon/nettverk, and its page says archived', async () => {
    const editor = await createAccount(w, { role: Role.EDITOR });
    const page = await w.newPage();
    await logIn(page, editor.account.email, '/redaksjon/nettverk');
    await page.getByRole('heading', { level: 1, name: 'Nettverk' }).waitFor();
    const create = page.getByRole('region', { name: 'Nytt nettverk' });
    await create.getByLabel('Kortnavn (i adressen)').fill('lokale-brukerrad');
    await create.getByLabel('Navn', { exact: true }).fill('Lokale brukerråd');
    await create.getByLabel('Beskrivelse').fill('Et nettverk for brukerrådene.');
    await create.getByLabel('Hvem kan bli med').fill('Medlemmer av et brukerråd.');
    await create.getByRole('button', { name: 'Opprett nettverket' }).click();
    await page.getByText('Lokale brukerråd er opprettet.').waitFor();
    await checkPage(page, 'redaksjon-nettverk');

    await page.getByRole('button', { name: 'Endre Lokale brukerråd' }).click();
    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Lokale brukerråd' }) });
    await item.getByLabel('Navn', { exact: true }).fill('Brukerrådenes nettverk');
    await item.getByRole('button', { name: 'Lagre Lokale brukerråd' }).click();
    await page.getByText('Brukerrådenes nettverk er lagret.').waitFor();

    await page.getByRole('button', { name: 'Arkiver Brukerrådenes nettverk' }).click();
    await page.getByText('Brukerrådenes nettverk er arkivert.').waitFor();

    const visitor = await w.newPage();
    await visitor.goto('/nettverk/lokale-brukerrad');
    await visitor.getByText(/Nettverket ble arkivert .* og er ikke lenger aktivt\./).waitFor();
    await visitor.goto('/nettverk');
    await visitor.getByRole('link', { name: 'Dialogforum' }).first().waitFor();
    expect(await visitor.getByText('Brukerrådenes nettverk').count()).toBe(0);
  });
});
