import { createResearcher } from '../support/factories/researcher.factory';
import { createTestApp, TestApp } from '../support/test-app';
import { SEARCH } from './search-helpers';

// Deterministic pseudo-random strings (mulberry32), so a failure can be reproduced.
function randomStrings(count: number, seed: number): string[] {
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const alphabet = [...`"'\\&|!():*<>-_%@#$^~\`{}[]/?.,;= \t\n`, 'OR', 'or', '<->', '<2>', ':*', 'æ', 'ø', 'å', 'Å',
    'a', 'e', 'kols', 'rus', '\u0000', '\ud800', '\udfff', '🙂', '\u200b', '\u202e', 'e\u0301', 'ŉ', 'ß', 'İ', 'ﬁ', '١'];
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(rnd() * 40) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join(''),
  );
}

const NASTY = [
  '', ' ', '"', '""', '"""', "'", "''", '\\', '\\\\', '&', '|', '!', '!!', '(', ')', '()', '(((', ':', ':*', '*',
  '<', '>', '<->', '<2>', '&|!():*<>', '-', '--', '- -', '-kols', 'OR', 'or', 'OR OR', 'kols OR', 'OR kols', '"kols',
  'kols"', '"unclosed phrase', 'a & b', 'a | b', '!a', 'a:*', "a:*A", 'a:B', "'a' & 'b'", '\u0000', 'kols\u0000rus',
  '\u0000\u0000\u0000', '\ud800', 'a\udc00b', '🙂', '🙂 kols', 'ß', 'İstanbul', 'ŉ', "O'Neill", 'Ó Súilleabháin',
  'e\u0301', '\u200b', '\u202ekols', '\t\n\r', 'SELECT * FROM researcher; --', "'; DROP TABLE researcher; --",
  '%', '_', '%_%', '$1', '$$', '\\x00', '\\0', 'null', 'undefined', 'og', 'og i på', 'Å', 'aa', 'Aa Aa Aa',
  'Tromsø '.repeat(42).trim(), 'a '.repeat(150).trim(), 'x'.repeat(300), 'kols '.repeat(60).trim(),
];

describe('search robustness: no input causes an internal error', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await createResearcher(t.dataSource, { givenName: 'Åse', familyName: 'O’Neill', bio: 'KOLS og rus i Tromsø.' });
  });
  afterAll(() => t?.close());

  async function expectAnswered(query: string, extra: Record<string, unknown> = {}) {
    const res = await t.gql(SEARCH, { query, first: 5, ...extra });
    if (res.errors) {
      // The only acceptable failure is a clear one about the query itself.
      expect({ query, error: res.errors[0].extensions }).toEqual({
        query,
        error: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'query' }),
      });
    } else {
      expect(res.data!.researchers).toEqual(expect.objectContaining({ totalCount: expect.any(Number) }));
    }
    return res;
  }

  it('answers every nasty string, in every order', async () => {
    for (const query of NASTY) {
      for (const orderBy of ['RELEVANCE', 'NAME']) await expectAnswered(query, { orderBy });
    }
  });

  it('answers random strings of operators, quotes, control characters and odd Unicode', async () => {
    for (const query of randomStrings(150, 20261123)) await expectAnswered(query);
  });

  it('treats text with nothing searchable as no query at all', async () => {
    for (const query of ['', '   ', '"', '- -', '&|!():*<>', '\u0000']) {
      const res = await expectAnswered(query);
      expect((res.data as any).researchers.totalCount).toBe(1);
    }
  });

  it('still finds the person through the noise', async () => {
    for (const query of ['"KOLS"', 'KOLS\u0000', '(KOLS)', 'KOLS:*', '"kols" -diabetes', 'diabetes OR kols', "O'Neill", 'O’Neill', 'tromso!']) {
      const res = await expectAnswered(query);
      expect({ query, total: (res.data as any).researchers.totalCount }).toEqual({ query, total: 1 });
    }
  });

  it('rejects very long queries with BAD_USER_INPUT naming query', async () => {
    for (const query of ['x'.repeat(301), 'kols '.repeat(1000), 'å'.repeat(200_000)]) {
      const res = await t.gql(SEARCH, { query });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
      expect(res.errors?.[0].message).toMatch(/for langt/);
    }
  });

  it('answers odd filter values with results or a clear error about the filter', async () => {
    const weird = ['', ' ', '\u0000', "'", '"', '\\', '%', 'ø'.repeat(100), 'x'.repeat(101)];
    for (const value of weird) {
      for (const field of ['competenceAreas', 'networks']) {
        const res = await t.gql(SEARCH, { filter: { [field]: [value] } });
        if (res.errors) expect(res.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: `filter.${field}` });
        else expect((res.data as any).researchers.totalCount).toBe(0);
      }
      const lang = await t.gql(SEARCH, { filter: { languages: [value] } });
      expect(lang.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.languages' });
    }
    const tooMany = await t.gql(SEARCH, { filter: { competenceAreas: Array.from({ length: 51 }, (_, i) => `a${i}`) } });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.competenceAreas' });
    const badEnum = await t.gql(SEARCH, { filter: { regions: ['ATLANTIS'] } });
    expect(badEnum.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
