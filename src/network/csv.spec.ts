import { csvCell, toCsv } from './csv';

describe('CSV for spreadsheets', () => {
  it('quotes every cell and doubles quotes, so commas, quotes and line breaks stay inside their cell', () => {
    expect(csvCell('Berg, Kari')).toBe('"Berg, Kari"');
    expect(csvCell('Kari "Kaja" Berg')).toBe('"Kari ""Kaja"" Berg"');
    expect(csvCell('linje 1\nlinje 2')).toBe('"linje 1\nlinje 2"');
    expect(csvCell(null)).toBe('""');
  });

  it.each(['=HYPERLINK("http://x")', '+47 22 00 00 00', '-1+1', '@SUM(A1)', '\tx', '\rx', '\u200B=HYPERLINK("http://x")', '\uFEFF\u00AD@SUM(A1)', '\u3164+1'])(
    'defuses %j so a spreadsheet shows it as text',
    (value) => {
      const cell = csvCell(value);
      expect(cell.startsWith(`"'`)).toBe(true);
    },
  );

  it('keeps ordinary Norwegian text as it is', () => {
    expect(toCsv(['Navn', 'E-post'], [['Åse Øyen', 'ase@example.no']])).toBe(
      '"Navn","E-post"\r\n"Åse Øyen","ase@example.no"\r\n',
    );
  });
});
