/**
 * Letters Unicode does not decompose into a base letter plus marks, so NFKD alone would
 * drop them: the Norwegian æ ø å (transliterated the way Norwegians do), the Sami đ ŋ ŧ,
 * and a few from names of other origins.
 */
const SPECIAL_LETTERS: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  å: 'a',
  đ: 'd',
  ŋ: 'n',
  ŧ: 't',
  ł: 'l',
  ß: 'ss',
  œ: 'oe',
  ı: 'i',
};
const SPECIAL = /[æøåđŋŧłßœı]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

export const MAX_SLUG_LENGTH = 60;

/** Lowercase, diacritics stripped: "Čáhppes Đoaŋŋa" → "cahppes doanna". */
export function asciiFold(text: string): string {
  return text
    .toLowerCase()
    .replace(SPECIAL, (c) => SPECIAL_LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '');
}

/**
 * "Åse Ødegård-Lien" → "ase-odegard-lien": lowercase ASCII words joined by single hyphens,
 * at most `maxLength` characters; "" when the text has no letter or digit (callers choose
 * their own fallback).
 */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  return asciiFold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
}
