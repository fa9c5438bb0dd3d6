import { badUserInput } from '../common/errors/app-errors';

export const MAX_QUERY_LENGTH = 300;
const MAX_NAME_WORDS = 5;

export interface ParsedQuery {
  /** Cleaned text for websearch_to_tsquery: phrases, OR and -exclusion keep their meaning. */
  text: string;
  /** Set when the query could be (part of) a name: enables prefix and typo-tolerant name matching. */
  nameWords: string[] | null;
}

// Characters PostgreSQL cannot store (NUL) or that only confuse matching: all control characters.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SEARCHABLE = /[\p{L}\p{N}]/u;
const NAME_LIKE = /^[\p{L}\p{M}'’.\- ]+$/u;

/**
 * Turns whatever a user typed into something safe to hand to PostgreSQL, or null when there
 * is nothing to search for (the listing then shows every profile).
 */
export function parseSearchQuery(raw: string | null | undefined): ParsedQuery | null {
  if (raw === null || raw === undefined) return null;
  const text = cleanText(raw);
  if (text.length > MAX_QUERY_LENGTH) {
    throw badUserInput('query', `Søket er for langt. Bruk høyst ${MAX_QUERY_LENGTH} tegn.`);
  }
  if (!SEARCHABLE.test(text)) return null;
  return { text, nameWords: nameWordsOf(text) };
}

/** Text PostgreSQL can take: no NUL or other control characters, no lone surrogates, NFC, single spaces. */
export function cleanText(raw: string): string {
  return raw
    .replace(LONE_SURROGATE, ' ')
    .replace(CONTROL, ' ')
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim();
}

function nameWordsOf(text: string): string[] | null {
  if (!NAME_LIKE.test(text)) return null;
  const tokens = text.split(' ');
  // websearch syntax (-exclusion, OR) means the user is not typing a name.
  if (tokens.some((t) => t.startsWith('-') || t.toLowerCase() === 'or')) return null;
  const words = text.split(/[^\p{L}\p{M}]+/u).filter((w) => w.length > 0);
  return words.length > 0 && words.length <= MAX_NAME_WORDS ? words : null;
}
