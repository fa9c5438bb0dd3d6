/**
 * Text read from a registry is untrusted input: it may hold control characters, bidi overrides
 * that disguise text, lone surrogates that PostgreSQL refuses, or any length. These helpers
 * bound and clean it; markup is left as it is, because the pages show it as text, never as HTML.
 */

// The same set the profile's own validators refuse (src/common/validation/text.ts), so an
// imported value can be saved again by a later hand edit. Matching control characters is the point.
/* eslint-disable no-control-regex */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const CONTROL_EXCEPT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const TEXT_LIMITS = {
  biography: 5000,
  keyword: 60,
  keywords: 30,
  title: 500,
  venue: 300,
  name: 100,
  organization: 200,
  role: 200,
  url: 500,
  works: 200,
  employments: 20,
} as const;

/** Cuts to at most `max` UTF-16 units, never inside a surrogate pair, marking the cut with "…". */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  let cut = value.slice(0, max - 1);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** A single line: controls and runs of white space become one space; empty means null. */
export function cleanLine(value: unknown, max: number): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value)
    .replace(LONE_SURROGATE, '\ufffd')
    .normalize('NFC')
    .replace(CONTROL, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? null : truncate(text, max);
}

/** Several paragraphs (a biography): line breaks kept, other controls dropped, at most one blank line. */
export function cleanMultiline(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return null;
  const text = value
    .replace(LONE_SURROGATE, '\ufffd')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_EXCEPT_NEWLINE, (c) => (c === '\t' ? ' ' : ''))
    .replace(/[ \u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text === '' ? null : truncate(text, max);
}

/** A year a person could have published in; anything else is treated as unknown. */
export function cleanYear(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= 1000 && year <= new Date().getFullYear() + 2 ? year : null;
}

const DOI_PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i;
const DOI = /^10\.\d{4,9}\/\S+$/;

/** A bare, lower-cased DOI from "10.x/y", "doi:10.x/y" or a doi.org link; null when it is not one. */
export function normalizeDoi(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  let text = value.trim().replace(DOI_PREFIX, '');
  try {
    text = decodeURIComponent(text);
  } catch {
    // Not percent-encoded after all; judge it as it stands.
  }
  text = text.replace(CONTROL, '').trim().toLowerCase();
  return DOI.test(text) && text.length <= 200 ? text : null;
}

/** An http(s) link, or null: a registry could hand us javascript: or data: URLs. */
export function cleanUrl(value: unknown): string | null {
  const text = cleanLine(value, TEXT_LIMITS.url);
  if (!text) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Keywords as people type them into registries: often one entry holding a comma-separated
 * list. Split, clean, drop duplicates (case-insensitively) and keep at most `TEXT_LIMITS.keywords`.
 */
export function cleanKeywords(values: unknown[]): string[] {
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const value of values) {
    if (typeof value !== 'string') continue;
    for (const part of value.split(/[,;]/)) {
      const keyword = cleanLine(part, TEXT_LIMITS.keyword);
      if (!keyword || seen.has(keyword.toLocaleLowerCase('nb'))) continue;
      seen.add(keyword.toLocaleLowerCase('nb'));
      keywords.push(keyword);
      if (keywords.length >= TEXT_LIMITS.keywords) return keywords;
    }
  }
  return keywords;
}

/** Safe readers for parsed JSON of unknown shape. */
export const json = {
  object(value: unknown): Record<string, unknown> | null {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  },
  array(value: unknown): unknown[] {
    return Array.isArray(value) ? value : [];
  },
  /** Follows a path of keys; any missing or non-object step gives undefined. */
  at(value: unknown, ...path: string[]): unknown {
    let current: unknown = value;
    for (const key of path) {
      const object = json.object(current);
      if (!object) return undefined;
      current = object[key];
    }
    return current;
  },
};
