import { AcademicDegree } from '../../src/common/enums/academic-degree.enum';
import { HealthRegion } from '../../src/common/enums/health-region.enum';
import { MembershipStatus } from '../../src/common/enums/membership.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Visibility } from '../../src/common/enums/visibility.enum';
import { createResearcher } from '../support/factories/researcher.factory';
import { createTestApp, TestApp } from '../support/test-app';
import { addMembership, FACETS, names, search } from './search-helpers';

interface Facet {
  value: string;
  label: string;
  count: number;
}
type Facets = Record<'competenceAreas' | 'networks' | 'regions' | 'degrees' | 'languages', Facet[]>;

describe('search filters, facets, privacy and highlights', () => {
  let t: TestApp;

  async function facets(query: string | null, filter: Record<string, unknown> = {}) {
    const res = await t.gql<{ researchers: { totalCount: number; facets: Facets } }>(FACETS, { query, filter });
    expect(res.errors).toBeUndefined();
    return res.data!.researchers;
  }
  const counts = (list: Facet[]) => Object.fromEntries(list.map((f) => [f.value, f.count]));

  beforeAll(async () => {
    t = await createTestApp();
    const ds = t.dataSource;
    // Everyone here writes about "veiledning", so the query narrows to exactly these people.
    const common = { bio: 'Arbeider med veiledning av pasienter.' };
    const north1 = await createResearcher(ds, {
      ...common, givenName: 'Aslak', familyName: 'Nordkapp', region: HealthRegion.NORTH, degree: AcademicDegree.PHD,
      languages: ['nb', 'se'], areaSlugs: ['gruppeledelse'], availableAsSpeaker: true, availableForMedia: true,
    });
    await createResearcher(ds, {
      ...common, givenName: 'Berit', familyName: 'Nordli', region: HealthRegion.NORTH, degree: AcademicDegree.MASTER,
      languages: ['nb'], areaSlugs: ['kommunikasjon'], availableAsSpeaker: false,
    });
    const west = await createResearcher(ds, {
      ...common, givenName: 'Cato', familyName: 'Vestby', region: HealthRegion.WEST, degree: AcademicDegree.PHD,
      languages: ['nb', 'en'], areaSlugs: ['samhandling'], availableAsSpeaker: true,
    });
    await createResearcher(ds, {
      ...common, givenName: 'Dina', familyName: 'Midtbø', region: HealthRegion.CENTRAL, degree: AcademicDegree.PHD_IN_PROGRESS,
      languages: ['nn'], areaSlugs: ['helsepedagogikk'], availableForMedia: true,
    });
    // Unpublished profiles that would match everything: they must never show or count.
    for (const status of [ProfileStatus.DRAFT, ProfileStatus.PENDING_REVIEW, ProfileStatus.HIDDEN]) {
      const hidden = await createResearcher(ds, {
        ...common, status, givenName: 'Skjult', familyName: status, region: HealthRegion.NORTH, degree: AcademicDegree.PHD,
        languages: ['nb', 'se'], areaSlugs: ['gruppeledelse'], availableAsSpeaker: true, availableForMedia: true,
      });
      await addMembership(ds, hidden.id, 'forskernettverket', MembershipStatus.ACTIVE);
    }
    await addMembership(ds, north1.id, 'forskernettverket', MembershipStatus.ACTIVE);
    await addMembership(ds, west.id, 'forskernettverket', MembershipStatus.PENDING);
    await addMembership(ds, west.id, 'dialogforum', MembershipStatus.ENDED);
  });
  afterAll(() => t?.close());

  it('filters by every field; values in a field are OR-ed, fields AND-ed', async () => {
    const q = 'veiledning';
    // Equally relevant: alphabetical by family name.
    expect(await names(t, q, { filter: { regions: ['NORTH'] } })).toEqual(['Aslak Nordkapp', 'Berit Nordli']);
    expect(await names(t, q, { filter: { regions: ['NORTH', 'WEST'] }, orderBy: 'NAME' })).toEqual([
      'Aslak Nordkapp', 'Berit Nordli', 'Cato Vestby',
    ]);
    expect(await names(t, q, { filter: { regions: ['NORTH'], degrees: ['PHD'] } })).toEqual(['Aslak Nordkapp']);
    expect(await names(t, q, { filter: { degrees: ['PHD_IN_PROGRESS', 'MASTER'] }, orderBy: 'NAME' })).toEqual([
      'Dina Midtbø', 'Berit Nordli',
    ]);
    expect(await names(t, q, { filter: { languages: ['se'] } })).toEqual(['Aslak Nordkapp']);
    expect(await names(t, q, { filter: { languages: ['EN', 'nn'] }, orderBy: 'NAME' })).toEqual(['Dina Midtbø', 'Cato Vestby']);
    expect(await names(t, q, { filter: { availableAsSpeaker: true }, orderBy: 'NAME' })).toEqual(['Aslak Nordkapp', 'Cato Vestby']);
    expect(await names(t, q, { filter: { availableForMedia: true }, orderBy: 'NAME' })).toEqual(['Dina Midtbø', 'Aslak Nordkapp']);
    expect(await names(t, q, { filter: { availableAsSpeaker: true, availableForMedia: true } })).toEqual(['Aslak Nordkapp']);
    // An area matches its sub-areas.
    expect(await names(t, q, { filter: { competenceAreas: ['helsepedagogikk'] }, orderBy: 'NAME' })).toEqual([
      'Dina Midtbø', 'Aslak Nordkapp', 'Berit Nordli',
    ]);
    expect(await names(t, q, { filter: { competenceAreas: ['gruppeledelse', 'samhandling'] }, orderBy: 'NAME' })).toEqual([
      'Aslak Nordkapp', 'Cato Vestby',
    ]);
    // Only active memberships count: Cato's are pending and ended.
    expect(await names(t, q, { filter: { networks: ['forskernettverket', 'dialogforum'] } })).toEqual(['Aslak Nordkapp']);
    expect(await names(t, q, { filter: { competenceAreas: ['finnes-ikke'] } })).toEqual([]);
    expect(await names(t, null, { filter: { regions: [] } })).toHaveLength(4);
  });

  it('counts facets over the result set, each dimension ignoring its own selection', async () => {
    const all = await facets('veiledning');
    expect(all.totalCount).toBe(4);
    expect(counts(all.facets.regions)).toEqual({ NORTH: 2, WEST: 1, CENTRAL: 1 });
    expect(all.facets.regions[0]).toEqual({ value: 'NORTH', label: 'Helse Nord', count: 2 });

    const north = await facets('veiledning', { regions: ['NORTH'] });
    expect(north.totalCount).toBe(2);
    // Choosing NORTH still shows WEST and CENTRAL, so the user can widen the choice...
    expect(counts(north.facets.regions)).toEqual({ NORTH: 2, WEST: 1, CENTRAL: 1 });
    // ...while every other dimension counts within NORTH only.
    expect(counts(north.facets.degrees)).toEqual({ PHD: 1, MASTER: 1 });
    expect(counts(north.facets.languages)).toEqual({ nb: 2, se: 1 });
    expect(counts(north.facets.competenceAreas)).toEqual({ helsepedagogikk: 2, gruppeledelse: 1, kommunikasjon: 1 });
    expect(north.facets.networks).toEqual([
      { value: 'forskernettverket', label: 'Forskernettverk innen pasient- og pårørendeopplæring', count: 1 },
    ]);

    const phdNorth = await facets('veiledning', { regions: ['NORTH'], degrees: ['PHD'] });
    expect(phdNorth.totalCount).toBe(1);
    expect(counts(phdNorth.facets.regions)).toEqual({ NORTH: 1, WEST: 1 });
    expect(counts(phdNorth.facets.degrees)).toEqual({ PHD: 1, MASTER: 1 });
  });

  it('labels facets in Bokmål and orders them by count', async () => {
    const all = await facets('veiledning');
    expect(all.facets.languages.map((f) => [f.value, f.label, f.count])).toEqual([
      ['nb', 'Norsk bokmål', 3], ['en', 'Engelsk', 1], ['se', 'Nordsamisk', 1], ['nn', 'Norsk nynorsk', 1],
    ]);
    expect(all.facets.degrees.find((f) => f.value === 'PHD_IN_PROGRESS')?.label).toBe('Ph.d.-kandidat');
    expect(all.facets.competenceAreas[0]).toEqual({ value: 'helsepedagogikk', label: 'Helsepedagogikk', count: 3 });
    expect(all.facets.competenceAreas.find((f) => f.value === 'samhandling')?.label).toBe('Samhandling');
  });

  it('keeps a selected value in its facet even when nothing matches it', async () => {
    const res = await facets('veiledning', { regions: ['SOUTH_EAST'], competenceAreas: ['brukermedvirkning'] });
    expect(res.totalCount).toBe(0);
    expect(res.facets.regions.find((f) => f.value === 'SOUTH_EAST')).toEqual({ value: 'SOUTH_EAST', label: 'Helse Sør-Øst', count: 0 });
    expect(res.facets.competenceAreas.find((f) => f.value === 'brukermedvirkning')).toMatchObject({ count: 0, label: 'Brukermedvirkning' });
  });

  it('never shows, counts or facets an unpublished profile', async () => {
    const everyone = await facets(null);
    expect(everyone.totalCount).toBe(4);
    expect(counts(everyone.facets.networks)).toEqual({ forskernettverket: 1 });
    expect(counts(everyone.facets.regions)).toEqual({ NORTH: 2, WEST: 1, CENTRAL: 1 });
    expect(await names(t, 'Skjult')).toEqual([]);
    expect(await names(t, 'DRAFT')).toEqual([]);
    expect((await names(t, null)).some((n) => n.startsWith('Skjult'))).toBe(false);
  });

  it('shows contact details in results exactly as in a single lookup', async () => {
    await createResearcher(t.dataSource, {
      givenName: 'Kontakt', familyName: 'Kvinnesland', email: 'offentlig@example.no', emailVisibility: Visibility.PUBLIC,
      phone: '+47 22 00 00 00', phoneVisibility: Visibility.REGISTERED,
    });
    await createResearcher(t.dataSource, {
      givenName: 'Kontakt', familyName: 'Kvalvik', email: 'registrert@example.no', emailVisibility: Visibility.REGISTERED,
      phone: '+47 22 00 00 01', phoneVisibility: Visibility.PUBLIC,
    });
    const hits = await search(t, { query: 'Kontakt', orderBy: 'NAME' });
    expect(hits.edges.map((e) => [e.node.fullName, e.node.email, e.node.phone])).toEqual([
      ['Kontakt Kvalvik', null, '+47 22 00 00 01'],
      ['Kontakt Kvinnesland', 'offentlig@example.no', null],
    ]);
    for (const edge of hits.edges) {
      const single = await t.gql(`query($id: ID) { researcher(id: $id) { email phone } }`, { id: edge.node.id });
      expect(single.data!.researcher).toEqual({ email: edge.node.email, phone: edge.node.phone });
    }
  });

  it('highlights matches with <mark> and never returns user text as markup', async () => {
    await createResearcher(t.dataSource, {
      givenName: 'Hanne', familyName: 'Hakkestad',
      bio: 'Forsker på <script>alert("x")</script> mestring & <b>helsekompetanse</b> i Tromsø. <mark>falsk</mark> \'sitat\'',
    });
    const [hit] = (await search(t, { query: 'Tromso helsekompetanse' })).edges;
    expect(hit.node.fullName).toBe('Hanne Hakkestad');
    expect(hit.highlight).toContain('<mark>Tromsø</mark>');
    expect(hit.highlight).toContain('<mark>helsekompetanse</mark>');
    expect(hit.highlight).toContain('&lt;/script&gt;');
    expect(hit.highlight).not.toContain('<script');
    expect(hit.highlight).toContain('&lt;b&gt;<mark>helsekompetanse</mark>&lt;/b&gt;');
    expect(hit.highlight).toContain('&amp;');
    expect(hit.highlight).toContain('&lt;mark&gt;falsk&lt;/mark&gt;');
    // Every tag left in the snippet is one of ours.
    const tags = hit.highlight!.match(/<[^>]*>/g) ?? [];
    expect(new Set(tags)).toEqual(new Set(['<mark>', '</mark>']));
    expect((await search(t, { query: null, first: 1 })).edges[0].highlight).toBeNull();
  });

  it('uses the same small number of SQL statements for 1 result as for 50', async () => {
    for (let i = 0; i < 50; i++) {
      await createResearcher(t.dataSource, {
        givenName: 'Kost', familyName: `Nummer${i}`, keywords: ['kostnadstest'], areaSlugs: ['samhandling'],
        organizationName: 'Helse Bergen HF',
      });
    }
    const full = `query($first: Int) { researchers(query: "kostnadstest", first: $first) {
      totalCount pageInfo { endCursor }
      facets { competenceAreas { value count } regions { value count } }
      edges { cursor highlight node { fullName email organization { name } competenceAreas { slug } memberships { role } } } } }`;
    const one = await t.queries.count(() => t.gql(full, { first: 1 }));
    const fifty = await t.queries.count(() => t.gql(full, { first: 50 }));
    expect((fifty.result.data as any).researchers.edges).toHaveLength(50);
    expect(fifty.queries.length).toBe(one.queries.length);
    // Page with researchers, facets with count, and one each for organisations, areas, memberships.
    expect(fifty.queries.length).toBeLessThanOrEqual(5);
  });
});
