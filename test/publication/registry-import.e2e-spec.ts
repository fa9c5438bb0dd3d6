import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Publication } from '../../src/publication/publication.entity';
import { NvaClient } from '../../src/registry/nva.client';
import { OrcidClient } from '../../src/registry/orcid.client';
import { RegistryHttpClient } from '../../src/registry/registry-http-client';
import { RegistryName } from '../../src/registry/registry-import-preview';
import { Researcher } from '../../src/researcher/researcher.entity';
import { createAccount } from '../support/factories/account.factory';
import { StandIn, startNvaStandIn, startOrcidStandIn } from '../support/registry-stand-ins';
import { createTestApp, TestApp } from '../support/test-app';

const KARI = '0000-0000-0000-001X';
const AIGUL = '0000-0000-0000-0028';
const UNKNOWN = '0000-0000-0000-0036';

const PREVIEW_ORCID = `{ previewOrcidImport { source identifier biography keywords employments
  works { key title year venue doi url imported } workplace { name } } }`;
const PREVIEW_NVA = `query($id: String) { previewNvaImport(cristinPersonId: $id) { source identifier biography keywords employments
  works { key title year venue doi imported } workplace { name } } }`;
const IMPORT_ORCID = `mutation($input: RegistryImportInput!) { importFromOrcid(input: $input) {
  version bio keywords organization { name } publications { title year venue doi url source shown } } }`;
const IMPORT_NVA = `mutation($input: RegistryImportInput!) { importFromNva(input: $input) {
  version keywords publications { title year doi source } } }`;
const PUBLICATIONS = `query($id: ID) { researcher(id: $id) { publications { id title year doi url source shown position } } }`;

describe('importing from ORCID and NVA; publications on the profile', () => {
  let t: TestApp;
  let orcid: StandIn;
  let nva: StandIn;

  beforeAll(async () => {
    orcid = await startOrcidStandIn();
    nva = await startNvaStandIn();
    // The registries are outside the machine: the app talks to local stand-ins, with short
    // waits so the failure cases stay quick; everything else is the real client.
    const client = (registry: RegistryName, baseUrl: string) =>
      new RegistryHttpClient({ registry, baseUrl, timeoutMs: 700, minIntervalMs: 0, initialBackoffMs: 20, maxBackoffMs: 50, breakerThreshold: 1000 });
    t = await createTestApp({
      configure: (builder) =>
        builder
          .overrideProvider(OrcidClient)
          .useValue(new OrcidClient(client(RegistryName.ORCID, orcid.url)))
          .overrideProvider(NvaClient)
          .useValue(new NvaClient(client(RegistryName.NVA, nva.url))),
    });
  });
  afterAll(async () => {
    await t?.close();
    await orcid?.close();
    await nva?.close();
  });
  beforeEach(() => {
    orcid.reset();
    nva.reset();
  });

  const researcherOf = (id: string) => t.dataSource.getRepository(Researcher).findOneByOrFail({ id });
  const publicationsOf = (researcherId: string) => t.dataSource.getRepository(Publication).findBy({ researcherId });
  // An ORCID iD belongs to one profile: each test's owner takes it over from the last one.
  const owner = async (orcid: string | null, fixture: Parameters<typeof createAccount>[1] = {}) => {
    if (orcid) await t.dataSource.getRepository(Researcher).update({ orcid }, { orcid: null });
    return createAccount(t, { ...fixture, profile: { ...fixture.profile, orcid } });
  };

  it('needs a signed-in owner, and an ORCID iD on the profile', async () => {
    expect((await t.gql(PREVIEW_ORCID)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const { token } = await createAccount(t);
    const res = await t.gql(PREVIEW_ORCID, {}, token);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'orcid' });
  });

  it('previews the ORCID record without changing anything, offering a matching workplace', async () => {
    const { token, researcher } = await owner(KARI);
    const res = await t.gql(PREVIEW_ORCID, {}, token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.previewOrcidImport).toMatchObject({
      source: 'ORCID',
      identifier: KARI,
      biography: expect.stringContaining('<b>pasient- og pårørendeopplæring</b>'),
      keywords: ['pasientopplæring', 'helsepedagogikk', 'mestring'],
      employments: [
        'Forsker, Avdeling for læring og mestring, Oslo universitetssykehus HF (2019–)',
        'Stipendiat, OsloMet – storbyuniversitetet (2014–2018)',
      ],
      workplace: { name: 'Oslo universitetssykehus HF' },
    });
    expect(res.data!.previewOrcidImport.works).toEqual([
      expect.objectContaining({ key: '1001', year: 2023, doi: '10.5555/lms.2023.001', imported: false }),
      expect.objectContaining({ key: '3001', year: 2021, venue: 'Patient Education and Counseling', imported: false }),
      expect.objectContaining({ key: '2001', year: null, doi: null, imported: false }),
    ]);
    expect(orcid.requests[0].headers.accept).toBe('application/json');
    expect((await researcherOf(researcher.id)).version).toBe(researcher.version);
    expect(await publicationsOf(researcher.id)).toHaveLength(0);
  });

  it('imports only what was picked, in one step; the public sees them, and the owner can hide them', async () => {
    const { token, researcher } = await owner(KARI, {
      profile: { bio: 'Min egen tekst', keywords: ['diabetes'] },
      profileStatus: ProfileStatus.PUBLISHED,
    });
    const res = await t.gql(IMPORT_ORCID, { input: { works: ['2001', '1001'], keywords: ['Mestring'], workplace: true } }, token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.importFromOrcid).toMatchObject({
      version: researcher.version + 1,
      bio: 'Min egen tekst', // not picked: unchanged
      keywords: ['diabetes', 'mestring'],
      organization: { name: 'Oslo universitetssykehus HF' },
    });
    // Newest first; the one without a year last.
    expect(res.data!.importFromOrcid.publications).toEqual([
      {
        title: 'Gruppebasert pasientopplæring: en kvalitativ studie', year: 2023, venue: 'Tidsskrift for sykepleieforskning',
        doi: '10.5555/lms.2023.001', url: 'https://doi.org/10.5555/lms.2023.001', source: 'ORCID', shown: true,
      },
      { title: 'Mestring i hverdagen', year: null, venue: null, doi: null, url: 'https://example.org/mestring-i-hverdagen', source: 'ORCID', shown: true },
    ]);
    const history = await t.gql(`{ profileHistory { note changes { field } } }`, {}, token);
    expect(history.data!.profileHistory[0]).toEqual({ note: 'Hentet fra ORCID', changes: [{ field: 'keywords' }, { field: 'organizationId' }] });

    // The public sees what was picked; hidden ones disappear for everyone but the owner.
    const titles = async (tok?: string) =>
      (await t.gql(PUBLICATIONS, { id: researcher.id }, tok)).data!.researcher.publications.map((p: { title: string }) => p.title);
    expect(await titles()).toEqual(['Gruppebasert pasientopplæring: en kvalitativ studie', 'Mestring i hverdagen']);
    const mine = (await t.gql(PUBLICATIONS, { id: researcher.id }, token)).data!.researcher.publications;
    const shown = await t.gql(`mutation($ids: [ID!]!) { showMyPublications(ids: $ids) { title shown } }`, { ids: [mine[0].id] }, token);
    expect(shown.errors).toBeUndefined();
    expect(await titles()).toEqual(['Gruppebasert pasientopplæring: en kvalitativ studie']);
    expect(await titles(token)).toHaveLength(2);

    // The preview now knows what is already there; importing it again adds nothing.
    const again = await t.gql(PREVIEW_ORCID, {}, token);
    expect(again.data!.previewOrcidImport.works.map((w: { imported: boolean }) => w.imported)).toEqual([true, false, true]);
    await t.gql(IMPORT_ORCID, { input: { works: ['1001'] } }, token);
    expect(await publicationsOf(researcher.id)).toHaveLength(2);
  });

  it('shows imported works only while there is room among ten', async () => {
    const { token, researcher } = await owner(KARI, { profileStatus: ProfileStatus.PUBLISHED });
    for (let i = 0; i < 9; i++) {
      await t.gql(`mutation($input: PublicationInput!) { addMyPublication(input: $input) { id } }`, { input: { title: `Eldre ${i}`, year: 2000 } }, token);
    }
    await t.gql(IMPORT_ORCID, { input: { works: ['1001', '3001', '2001'] } }, token);
    const rows = await publicationsOf(researcher.id);
    expect(rows.filter((p) => p.shown)).toHaveLength(10);
    expect(rows.find((p) => p.externalKey === '1001')?.shown).toBe(true); // the newest got the last place
  });

  it('takes the biography when asked, cleaned of control characters', async () => {
    const { token } = await owner(KARI);
    const res = await t.gql(IMPORT_ORCID, { input: { biography: true } }, token);
    expect(res.data!.importFromOrcid.bio).toBe(
      'Sykepleier og forsker på <b>pasient- og pårørendeopplæring</b>.\n\nLeder en forskergruppe om mestring ved Oslo universitetssykehus.',
    );
  });

  it('refuses a work or keyword the record does not hold, naming the field, and changes nothing', async () => {
    const { token, researcher } = await owner(KARI);
    const works = await t.gql(IMPORT_ORCID, { input: { works: ['1001', '999999'], keywords: ['mestring'] } }, token);
    expect(works.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'works' });
    expect(works.errors![0].message).toContain('999999');
    const keywords = await t.gql(IMPORT_ORCID, { input: { keywords: ['noe annet'] } }, token);
    expect(keywords.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'keywords' });
    const malformed = await t.gql(IMPORT_ORCID, { input: { works: ['../etc'] } }, token);
    expect(malformed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'works' });
    expect((await researcherOf(researcher.id)).version).toBe(researcher.version);
    expect(await publicationsOf(researcher.id)).toHaveLength(0);
  });

  it('reads a sparse record in other scripts', async () => {
    const { token } = await owner(AIGUL);
    const res = await t.gql(PREVIEW_ORCID, {}, token);
    expect(res.data!.previewOrcidImport).toMatchObject({ biography: null, keywords: [], employments: [], workplace: null });
    expect(res.data!.previewOrcidImport.works.map((w: { title: string }) => w.title)).toEqual([
      'Санитарное просвещение пациентов',
      'Εκπαίδευση ασθενών με χρόνια νοσήματα',
    ]);
  });

  it('names an iD ORCID does not know (NOT_FOUND)', async () => {
    const { token } = await owner(UNKNOWN);
    const res = await t.gql(PREVIEW_ORCID, {}, token);
    expect(res.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', registry: 'ORCID', identifier: UNKNOWN });
    expect(res.errors![0].message).toContain(UNKNOWN);
  });

  it('answers SERVICE_UNAVAILABLE when ORCID fails or is too slow, and changes nothing', async () => {
    const { token, researcher } = await owner(KARI);
    orcid.behave(KARI, { status: 503 });
    const failing = await t.gql(IMPORT_ORCID, { input: { works: ['1001'], keywords: ['mestring'] } }, token);
    expect(failing.errors![0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', registry: 'ORCID' });
    expect(orcid.requests.length).toBeGreaterThan(1); // retried before giving up

    orcid.reset();
    orcid.behave(KARI, { delayMs: 3_000 });
    const slow = await t.gql(IMPORT_ORCID, { input: { works: ['1001'] } }, token);
    expect(slow.errors![0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });

    expect((await researcherOf(researcher.id)).version).toBe(researcher.version);
    expect(await publicationsOf(researcher.id)).toHaveLength(0);
  });

  it('previews NVA by Cristin person id or by the ORCID iD on the profile, and imports from it', async () => {
    const { token, researcher } = await owner(KARI);
    const byId = await t.gql(PREVIEW_NVA, { id: '1234567' }, token);
    expect(byId.errors).toBeUndefined();
    expect(byId.data!.previewNvaImport).toMatchObject({
      source: 'NVA',
      identifier: '1234567',
      biography: 'Forsker ved Oslo universitetssykehus, med <em>brukermedvirkning</em> som tema.',
      keywords: ['Pasientopplæring', 'Health literacy', 'Brukermedvirkning'],
      employments: ['Forsker, Avdeling for læring og mestring, Oslo universitetssykehus HF', 'Stipendiat, OsloMet – storbyuniversitetet'],
      workplace: { name: 'Oslo universitetssykehus HF' },
    });
    const byOrcid = await t.gql(PREVIEW_NVA, {}, token);
    expect(byOrcid.data!.previewNvaImport.identifier).toBe(KARI);
    expect(byOrcid.data!.previewNvaImport.works).toHaveLength(3);

    // Already imported from ORCID under the same DOI: NVA's copy is not added twice.
    await t.gql(IMPORT_ORCID, { input: { works: ['1001'] } }, token);
    const keys = byId.data!.previewNvaImport.works.map((w: { key: string }) => w.key);
    const res = await t.gql(IMPORT_NVA, { input: { cristinPersonId: '1234567', works: keys, keywords: ['pasientopplæring'] } }, token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.importFromNva.keywords).toEqual(['Pasientopplæring']);
    expect(res.data!.importFromNva.publications.map((p: { source: string; year: number | null }) => [p.source, p.year])).toEqual([
      ['ORCID', 2023],
      ['NVA', 2021],
      ['NVA', null],
    ]);
    expect(await publicationsOf(researcher.id)).toHaveLength(3);
  });

  it('imports from the NVA person previewed, without the id again, for a profile with no ORCID iD', async () => {
    const { token } = await createAccount(t);
    const preview = await t.gql(PREVIEW_NVA, { id: '1234567' }, token);
    expect(preview.errors).toBeUndefined();
    const res = await t.gql(IMPORT_NVA, { input: { works: [preview.data!.previewNvaImport.works[0].key] } }, token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.importFromNva.publications).toEqual([
      { title: 'Gruppebasert pasientopplæring: en kvalitativ studie', year: 2023, doi: '10.5555/lms.2023.001', source: 'NVA' },
    ]);
  });

  it('names a person NVA does not know, and refuses an identifier that is neither', async () => {
    const { token } = await createAccount(t);
    const unknown = await t.gql(PREVIEW_NVA, { id: '99999999' }, token);
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', registry: 'NVA', identifier: '99999999' });
    const bad = await t.gql(PREVIEW_NVA, { id: 'robert; drop table' }, token);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cristinPersonId' });
    const none = await t.gql(PREVIEW_NVA, {}, token);
    expect(none.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cristinPersonId' });
    expect(nva.requests.filter((r) => r.path.includes('drop'))).toHaveLength(0);
  });

  it('answers SERVICE_UNAVAILABLE when NVA fails', async () => {
    const { token } = await createAccount(t);
    nva.behave('1234567', { status: 502 });
    const res = await t.gql(PREVIEW_NVA, { id: '1234567' }, token);
    expect(res.errors![0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', registry: 'NVA' });
  });

  describe('publications the owner keeps by hand', () => {
    const ADD = `mutation($input: PublicationInput!) { addMyPublication(input: $input) { id title year venue doi url source shown } }`;

    it('adds, corrects, orders, shows at most ten, and removes', async () => {
      const { token, researcher } = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
      const added = await t.gql(ADD, { input: { title: ' Ny bok ', year: 2020, venue: 'Gyldendal', doi: 'https://doi.org/10.5555/BOK' } }, token);
      expect(added.errors).toBeUndefined();
      expect(added.data!.addMyPublication).toMatchObject({
        title: 'Ny bok', year: 2020, doi: '10.5555/bok', url: 'https://doi.org/10.5555/bok', source: 'MANUAL', shown: true,
      });
      const second = (await t.gql(ADD, { input: { title: 'Artikkel', year: 2024 } }, token)).data!.addMyPublication;
      const first = added.data!.addMyPublication;

      const badDoi = await t.gql(ADD, { input: { title: 'X', doi: 'not a doi' } }, token);
      expect(badDoi.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'doi' });
      const badUrl = await t.gql(ADD, { input: { title: 'X', url: 'javascript:alert(1)' } }, token);
      expect(badUrl.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
      const badYear = await t.gql(ADD, { input: { title: 'X', year: 20 } }, token);
      expect(badYear.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });

      const updated = await t.gql(
        `mutation($id: ID!, $input: PublicationInput!) { updateMyPublication(id: $id, input: $input) { title venue doi } }`,
        { id: first.id, input: { title: 'Ny bok, 2. utgave', year: 2021 } },
        token,
      );
      expect(updated.data!.updateMyPublication).toEqual({ title: 'Ny bok, 2. utgave', venue: null, doi: null });

      // Newest first until ordered by hand.
      const listed = async (tok?: string) =>
        (await t.gql(PUBLICATIONS, { id: researcher.id }, tok)).data!.researcher.publications.map((p: { title: string }) => p.title);
      expect(await listed(token)).toEqual(['Artikkel', 'Ny bok, 2. utgave']);
      const ordered = await t.gql(`mutation($ids: [ID!]!) { orderMyPublications(ids: $ids) { title position } }`, { ids: [first.id, second.id] }, token);
      expect(ordered.data!.orderMyPublications).toEqual([
        { title: 'Ny bok, 2. utgave', position: 1 },
        { title: 'Artikkel', position: 2 },
      ]);
      const partial = await t.gql(`mutation($ids: [ID!]!) { orderMyPublications(ids: $ids) { id } }`, { ids: [first.id] }, token);
      expect(partial.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });

      expect(await listed()).toEqual(['Ny bok, 2. utgave', 'Artikkel']);
      await t.gql(`mutation($ids: [ID!]!) { showMyPublications(ids: $ids) { id } }`, { ids: [second.id] }, token);
      expect(await listed()).toEqual(['Artikkel']);
      const tooMany = await t.gql(
        `mutation($ids: [ID!]!) { showMyPublications(ids: $ids) { id } }`,
        { ids: Array.from({ length: 11 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`) },
        token,
      );
      expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });

      // Someone else cannot touch them.
      const other = await createAccount(t);
      const foreign = await t.gql(`mutation($id: ID!) { removeMyPublication(id: $id) }`, { id: first.id }, other.token);
      expect(foreign.errors![0].extensions!.code).toBe('NOT_FOUND');
      const foreignShow = await t.gql(`mutation($ids: [ID!]!) { showMyPublications(ids: $ids) { id } }`, { ids: [first.id] }, other.token);
      expect(foreignShow.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });

      expect((await t.gql(`mutation($id: ID!) { removeMyPublication(id: $id) }`, { id: first.id }, token)).data!.removeMyPublication).toBe(true);
      expect(await listed(token)).toEqual(['Artikkel']);

      // They are part of what the owner can export about themselves.
      const exported = JSON.parse((await t.gql(`{ exportMyData }`, {}, token)).data!.exportMyData);
      expect(exported.publications).toEqual([expect.objectContaining({ title: 'Artikkel', year: 2024, source: 'MANUAL', shown: true })]);
    });

    it('makes shown titles searchable, and hidden ones not', async () => {
      const { token, researcher } = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
      const pub = (await t.gql(ADD, { input: { title: 'Xylofonterapi for ungdom' } }, token)).data!.addMyPublication;
      expect(pub.shown).toBe(true);
      const SEARCH = `{ researchers(query: "xylofonterapi") { edges { node { id } } } }`;
      expect((await t.gql(SEARCH)).data!.researchers.edges).toEqual([{ node: { id: researcher.id } }]);
      await t.gql(`mutation($ids: [ID!]!) { showMyPublications(ids: $ids) { id } }`, { ids: [] }, token);
      expect((await t.gql(SEARCH)).data!.researchers.edges).toEqual([]);
      await t.gql(`mutation($ids: [ID!]!) { showMyPublications(ids: $ids) { id } }`, { ids: [pub.id] }, token);
      expect((await t.gql(SEARCH)).data!.researchers.edges).toEqual([{ node: { id: researcher.id } }]);
    });
  });
});
