import { isValidOrcid, normalizeOrcid, orcidCheckDigit } from './orcid';

describe('ORCID iD', () => {
  it('computes the ISO 7064 11,2 check character, including X', () => {
    expect(orcidCheckDigit('000000021825009')).toBe('7');
    expect(orcidCheckDigit('000000021694233')).toBe('X');
  });

  it.each([
    ['0000-0002-1825-0097', '0000-0002-1825-0097'],
    ['0000000218250097', '0000-0002-1825-0097'],
    ['https://orcid.org/0000-0002-1694-233x', '0000-0002-1694-233X'],
    ['  orcid.org/0000-0001-5109-3700 ', '0000-0001-5109-3700'],
  ])('accepts %j as %j', (input, canonical) => {
    expect(normalizeOrcid(input)).toBe(canonical);
  });

  it.each(['0000-0002-1825-0098', '0000-0002-1825-009', '0000-0002-1825-00977', 'abcd-0002-1825-0097', '', 'https://example.org/0000-0002-1825-0097'])(
    'refuses %j',
    (input) => {
      expect(normalizeOrcid(input)).toBeNull();
    },
  );

  it.each([
    ['0000-0002-1825-0097', '7'],
    ['0000-0001-5109-3700', '0'],
    ['0000-0002-1694-233X', 'X'],
  ])('validates the canonical form %s (check character %s)', (orcid, expected) => {
    expect(orcidCheckDigit(orcid.replace(/-/g, '').slice(0, 15))).toBe(expected);
    expect(isValidOrcid(orcid)).toBe(true);
  });

  it('rejects wrong check characters and non-canonical iDs in isValidOrcid', () => {
    expect(isValidOrcid('0000-0002-1825-0098')).toBe(false);
    expect(isValidOrcid('0000-0002-1694-2330')).toBe(false);
    expect(isValidOrcid('0000-0002-1694-233x')).toBe(false);
    expect(isValidOrcid('000000021825009 7')).toBe(false);
    expect(isValidOrcid('https://orcid.org/0000-0002-1825-0097')).toBe(false);
    expect(isValidOrcid('')).toBe(false);
    expect(() => orcidCheckDigit('123')).toThrow(RangeError);
  });
});
