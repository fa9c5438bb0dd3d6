import { cleanKeywords, cleanLine, cleanMultiline, cleanUrl, cleanYear, normalizeDoi, truncate } from './registry-text';

describe('registry text', () => {
  it('strips control characters and bidi overrides from a line, keeping markup as text', () => {
    expect(cleanLine('<b>Kari</b>\u0000 \u202eNordmann\t\n ', 100)).toBe('<b>Kari</b> Nordmann');
    expect(cleanLine('   ', 100)).toBeNull();
    expect(cleanLine(null, 100)).toBeNull();
    expect(cleanLine({ value: 'x' }, 100)).toBeNull();
  });

  it('replaces lone surrogates, which PostgreSQL would refuse, and composes to NFC', () => {
    expect(cleanLine('a\ud800b', 10)).toBe('a\ufffdb');
    expect(cleanLine('Tromso\u0308', 10)).toBe('Tromsö');
  });

  it('bounds length without splitting a surrogate pair', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('ab😀cd', 4)).toBe('ab…');
    expect(cleanLine('x'.repeat(600), 500)).toHaveLength(500);
  });

  it('keeps paragraphs in a biography but no more than one blank line', () => {
    expect(cleanMultiline('Første\u0007 linje\r\n\r\n\r\n\r\nAndre\tlinje  \nTredje', 100)).toBe('Første linje\n\nAndre linje\nTredje');
  });

  it('takes plausible four-digit years only', () => {
    expect(cleanYear('2023')).toBe(2023);
    expect(cleanYear(2021)).toBe(2021);
    expect(cleanYear('23')).toBeNull();
    expect(cleanYear('0000')).toBeNull();
    expect(cleanYear(String(new Date().getFullYear() + 10))).toBeNull();
    expect(cleanYear(undefined)).toBeNull();
  });

  it('normalises DOIs from links and prefixes, refusing what is not one', () => {
    expect(normalizeDoi('https://doi.org/10.5555/PEC.2021.3001')).toBe('10.5555/pec.2021.3001');
    expect(normalizeDoi('doi:10.5555/GR.2022.7')).toBe('10.5555/gr.2022.7');
    expect(normalizeDoi('http://dx.doi.org/10.1002/%28SICI%291097')).toBe('10.1002/(sici)1097');
    expect(normalizeDoi('http://hdl.handle.net/2080/2662')).toBeNull();
    expect(normalizeDoi('10.5555/with space')).toBeNull();
  });

  it('lets only http(s) links through', () => {
    expect(cleanUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(cleanUrl('javascript:alert(1)')).toBeNull();
    expect(cleanUrl('data:text/html,<b>x</b>')).toBeNull();
  });

  it('splits comma-separated keyword entries and drops duplicates regardless of case', () => {
    expect(cleanKeywords(['pasientopplæring, helsepedagogikk', 'Pasientopplæring', 42, 'mestring;  ', 'x'.repeat(80)])).toEqual([
      'pasientopplæring',
      'helsepedagogikk',
      'mestring',
      `${'x'.repeat(59)}…`,
    ]);
    expect(cleanKeywords(Array.from({ length: 40 }, (_, i) => `ord ${i}`))).toHaveLength(30);
  });
});
