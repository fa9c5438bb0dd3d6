import { Researcher } from '../../src/researcher/researcher.entity';
import { createResearcher } from '../support/factories/researcher.factory';
import { createTestApp, TestApp } from '../support/test-app';
import { names, search, SEARCH } from './search-helpers';

describe('search ranking and paging', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('ranks name hits, then areas and keywords, then title and organisation, then bio', async () => {
    const ds = t.dataSource;
    // Each person mentions "Brekke" in one field only; the bio person mentions it three times.
    await createResearcher(ds, { givenName: 'Unni', familyName: 'Bio', bio: 'Brekke, Brekke og atter Brekke.' });
    await createResearcher(ds, { givenName: 'Unni', familyName: 'Tittel', title: 'Brekke-stipendiat' });
    await createResearcher(ds, { givenName: 'Unni', familyName: 'Nøkkelord', keywords: ['brekke'] });
    await createResearcher(ds, { givenName: 'Unni', familyName: 'Brekke' });
    expect(await names(t, 'brekke')).toEqual(['Unni Brekke', 'Unni Nøkkelord', 'Unni Tittel', 'Unni Bio']);
  });

  it('ranks a competence-area hit above a bio hit, and an organisation hit between', async () => {
    const ds = t.dataSource;
    await createResearcher(ds, { givenName: 'Vera', familyName: 'Vik', bio: 'Interessert i samhandling mellom nivåene.' });
    await createResearcher(ds, { givenName: 'Vera', familyName: 'Dal', areaSlugs: ['samhandling'] });
    expect(await names(t, 'samhandling')).toEqual(['Vera Dal', 'Vera Vik']);
    await createResearcher(ds, { givenName: 'Vera', familyName: 'Nord', bio: 'Jobber i Bergen.' });
    await createResearcher(ds, { givenName: 'Vera', familyName: 'Sør', organizationName: 'Helse Bergen HF' });
    expect(await names(t, 'Bergen')).toEqual(['Vera Sør', 'Vera Nord']);
  });

  it('ranks a person whose name matches above people who only write about it', async () => {
    const ds = t.dataSource;
    await createResearcher(ds, { givenName: 'Mestring', familyName: 'Olsen-Fjell', bio: 'Fjellvandrer.' });
    await createResearcher(ds, { givenName: 'Bodil', familyName: 'Fjellheim', bio: 'Om fjell og fjellheim i mestring.' });
    const hits = await names(t, 'Fjellheim');
    expect(hits[0]).toBe('Bodil Fjellheim');
  });

  it('orders by name (Norwegian alphabet: æ, ø, å last) and by last update', async () => {
    const ds = t.dataSource;
    const repo = ds.getRepository(Researcher);
    await createResearcher(ds, { givenName: 'Zeta', familyName: 'Åkre', keywords: ['ordenstest'] });
    await createResearcher(ds, { givenName: 'Zeta', familyName: 'Ødegård', keywords: ['ordenstest'] });
    await createResearcher(ds, { givenName: 'Zeta', familyName: 'Ærø', keywords: ['ordenstest'] });
    await createResearcher(ds, { givenName: 'Zeta', familyName: 'Zahl', keywords: ['ordenstest'] });
    const aa = await createResearcher(ds, { givenName: 'Zeta', familyName: 'Aarø', keywords: ['ordenstest'] });
    await createResearcher(ds, { givenName: 'Zeta', familyName: 'Andersen', keywords: ['ordenstest'] });
    expect(await names(t, 'ordenstest', { orderBy: 'NAME' })).toEqual([
      // Aa is Å, so Aarø sorts as Årø: after Åkre.
      'Zeta Andersen', 'Zeta Zahl', 'Zeta Ærø', 'Zeta Ødegård', 'Zeta Åkre', 'Zeta Aarø',
    ]);

    await repo.update(aa.id, { bio: 'Oppdatert nå.' });
    const recent = await names(t, 'ordenstest', { orderBy: 'RECENTLY_UPDATED' });
    expect(recent[0]).toBe('Zeta Aarø');
    expect(recent.at(-1)).toBe('Zeta Åkre');
    expect(recent).toHaveLength(6);
  });

  it('lists every published profile when there is no query, by name', async () => {
    const all = await search(t, { first: 100 });
    expect(all.totalCount).toBe(all.edges.length);
    const sorted = [...all.edges.map((e) => e.node.fullName)];
    expect(all.edges.length).toBeGreaterThan(10);
    expect(sorted[0]).toBe('Zeta Andersen');
  });

  it('pages through ties without overlap or gaps, in every order', async () => {
    const ds = t.dataSource;
    const created = [];
    for (let i = 0; i < 7; i++) {
      created.push(await createResearcher(ds, { givenName: 'Tvilling', familyName: 'Likesen', keywords: ['tvillingtest'] }));
    }
    for (const orderBy of ['RELEVANCE', 'NAME', 'RECENTLY_UPDATED']) {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const page = await search(t, { query: 'tvillingtest', orderBy, first: 2, after });
        seen.push(...page.edges.map((e) => e.node.id));
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        pages += 1;
      } while (after);
      expect(pages).toBe(4);
      expect(new Set(seen).size).toBe(7);
      expect(seen.sort()).toEqual(created.map((r) => r.id).sort());
    }
  });

  it('keeps cursors correct when profiles are added between pages', async () => {
    const ds = t.dataSource;
    for (const family of ['Bakke', 'Dahl', 'Foss', 'Holm', 'Krog', 'Mo']) {
      await createResearcher(ds, { givenName: 'Samtid', familyName: family, keywords: ['samtidstest'] });
    }
    const first = await search(t, { query: 'samtidstest', orderBy: 'NAME', first: 3 });
    expect(first.edges.map((e) => e.node.fullName)).toEqual(['Samtid Bakke', 'Samtid Dahl', 'Samtid Foss']);
    // One before the cursor (never shown now), one after it (shown in its place).
    await createResearcher(ds, { givenName: 'Samtid', familyName: 'Aune', keywords: ['samtidstest'] });
    await createResearcher(ds, { givenName: 'Samtid', familyName: 'Lund', keywords: ['samtidstest'] });
    const second = await search(t, { query: 'samtidstest', orderBy: 'NAME', first: 10, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.fullName)).toEqual(['Samtid Holm', 'Samtid Krog', 'Samtid Lund', 'Samtid Mo']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('bounds first: default 20, at most 100, more is BAD_USER_INPUT naming first', async () => {
    for (let i = 0; i < 22; i++) {
      await createResearcher(t.dataSource, { givenName: 'Mange', familyName: `Navn${i}`, keywords: ['mengdetest'] });
    }
    const byDefault = await search(t, { query: 'mengdetest' });
    expect(byDefault.edges).toHaveLength(20);
    expect(byDefault.totalCount).toBe(22);
    expect(byDefault.pageInfo.hasNextPage).toBe(true);
    expect((await search(t, { query: 'mengdetest', first: 100 })).edges).toHaveLength(22);

    for (const first of [101, 10_000, -1]) {
      const res = await t.gql(SEARCH, { query: 'mengdetest', first });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
  });

  it('rejects a bad or foreign cursor as BAD_USER_INPUT naming after', async () => {
    const page = await search(t, { query: 'mengdetest', orderBy: 'NAME', first: 1 });
    const forged = Buffer.from(JSON.stringify(['n', 1, 'x'])).toString('base64url');
    for (const after of ['', 'not a cursor', '!!!', forged, 'e30', 'A'.repeat(5000), page.pageInfo.endCursor]) {
      const orderBy = after === page.pageInfo.endCursor ? 'RECENTLY_UPDATED' : 'NAME';
      const res = await t.gql(SEARCH, { query: 'mengdetest', orderBy, after });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });
});
