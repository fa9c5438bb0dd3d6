import { parseSearchQuery } from './search-text';

describe('parseSearchQuery', () => {
  it('returns null when there is nothing to search for', () => {
    for (const raw of [null, undefined, '', '   ', '"', '- -', '&|!():*<>', '\u0000\u0001']) {
      expect(parseSearchQuery(raw)).toBeNull();
    }
  });

  it('cleans control characters, lone surrogates and decomposed letters', () => {
    expect(parseSearchQuery('kols\u0000rus')?.text).toBe('kols rus');
    expect(parseSearchQuery('a\ud800b')?.text).toBe('a b');
    expect(parseSearchQuery('  A\u030ase \t Lo\u0308va\u030as ')?.text).toBe('Åse Lövås');
  });

  it('offers name matching for words that look like a name, not for search syntax', () => {
    expect(parseSearchQuery('Sandvin Olson')?.nameWords).toEqual(['Sandvin', 'Olson']);
    expect(parseSearchQuery("O'Neill-Aasen")?.nameWords).toEqual(['O', 'Neill', 'Aasen']);
    expect(parseSearchQuery('"Kari Haug"')?.nameWords).toBeNull();
    expect(parseSearchQuery('Haug -Haugland')?.nameWords).toBeNull();
    expect(parseSearchQuery('Haug or Lie')?.nameWords).toBeNull();
    expect(parseSearchQuery('diabetes type 2')?.nameWords).toBeNull();
    expect(parseSearchQuery('a b c d e f')?.nameWords).toBeNull();
  });

  it('rejects queries over 300 characters as BAD_USER_INPUT naming query', () => {
    expect(parseSearchQuery('x'.repeat(300))?.text).toHaveLength(300);
    expect(() => parseSearchQuery('x'.repeat(301))).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'query' }) }),
    );
  });
});
