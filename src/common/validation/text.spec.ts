import { isVisibleSingleLine, stripInvisiblePrefix } from './text';

describe('single-line text fit to show as a name', () => {
  it.each(['Ørjan', 'Áilu', 'Đuro', 'Nguyễn', 'Zoë', 'Zoe\u0308', '李', 'Ŋánnu', 'Ŧoahki', 'Anne-Marthe', "O'Neill", 'Kari Berg Aasen', 'Dr. philos.', 'Ёлка', 'محمد', 'हिन्दी'])(
    'keeps %j',
    (name) => expect(isVisibleSingleLine(name)).toBe(true),
  );

  it.each([
    ['zero-width space', 'Al\u200Bice'],
    ['right-to-left mark', 'Alice\u200F'],
    ['Arabic letter mark', '\u061CAlice'],
    ['line separator', 'Alice\u2028Aasen'],
    ['paragraph separator', 'Alice\u2029'],
    ['tag character', 'Alice\u{E0041}'],
    ['byte order mark', '\uFEFFAlice'],
    ['soft hyphen', 'Ali\u00ADce'],
    ['Hangul filler', '\u3164'],
    ['only a zero-width space', '\u200B'],
    ['a run of combining marks', 'A' + '\u0301'.repeat(90)],
    ['three combining marks on one letter', 'q\u0301\u0302\u0303'],
    ['a line break', 'Alice\nAasen'],
    ['only blanks', '   '],
  ])('refuses a %s', (_what, name) => expect(isVisibleSingleLine(name)).toBe(false));

  it('strips invisible characters before a CSV formula check', () => {
    expect(stripInvisiblePrefix('\u200B\uFEFF=1+1')).toBe('=1+1');
    expect(stripInvisiblePrefix('Kari')).toBe('Kari');
  });
});
