import { stripInvisiblePrefix } from '../common/validation/text';

// A cell a spreadsheet would run as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 cell: always quoted, quotes doubled, formula-like text defused with a leading apostrophe. */
export function csvCell(value: string | null | undefined): string {
  let text = value ?? '';
  // Spreadsheets skip a zero-width or other invisible prefix and still run "\u200B=HYPERLINK(...)".
  if (FORMULA_START.test(stripInvisiblePrefix(text))) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** RFC 4180 CSV: comma-separated, CRLF line endings, a header row first. */
export function toCsv(header: string[], rows: Array<Array<string | null | undefined>>): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
