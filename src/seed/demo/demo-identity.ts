/**
 * Who a demo researcher is: name, and the parts of slug, e-mail and ORCID iD that keep them
 * unique (a keyed bijection of the index, so the same seed never gives two alike).
 */
import { slugify } from '../../common/text/slugify';
import { orcidCheckDigit } from '../../common/validation/orcid';
import {
  Gender,
  NO_DOUBLE_FIRST_F,
  NO_DOUBLE_FIRST_M,
  NO_DOUBLE_SECOND_F,
  NO_DOUBLE_SECOND_M,
  NO_FAMILY,
  Origin,
  ORIGINS,
} from './demo-names.data';
import { chance, permute, pick, Rng, weighted } from './demo-random';

const ORCID_BLOCK_SIZE = 10_000_000; // seven free digits after "0000-000B"
const ORCID_BLOCKS = ['8', '9', '7', '6'] as const;

export function demoOrcid(index: number, key: number): string | null {
  const block = Math.floor(index / ORCID_BLOCK_SIZE);
  if (block >= ORCID_BLOCKS.length) return null;
  const within = permute(index % ORCID_BLOCK_SIZE, 1000, 10_000, key ^ 0x0bc1d5);
  const base = `0000000${ORCID_BLOCKS[block]}${String(within).padStart(7, '0')}`;
  const full = base + orcidCheckDigit(base);
  return `${full.slice(0, 4)}-${full.slice(4, 8)}-${full.slice(8, 12)}-${full.slice(12, 16)}`;
}

const SLUG_SPACE = 36 ** 4; // four base-36 characters

/** Short code, unique per index for a given seed: 4 chars, longer beyond 1.68 million. */
export function indexCode(index: number, key: number): string {
  const block = Math.floor(index / SLUG_SPACE);
  const within = permute(index % SLUG_SPACE, 1296, 1296, key ^ 0x5a17);
  const code = within.toString(36).padStart(4, '0');
  return block > 0 ? block.toString(36) + code : code;
}

const slugPartCache = new Map<string, string>();

/** URL-safe ASCII form of a name (the shared slugify, without its length cap). Cached: names repeat a lot. */
export function slugPart(text: string): string {
  let out = slugPartCache.get(text);
  if (out === undefined) {
    out = slugify(text, Number.POSITIVE_INFINITY);
    if (slugPartCache.size < 50_000) slugPartCache.set(text, out);
  }
  return out;
}

export const ORIGIN_TABLE = weighted(ORIGINS);
export const NORWEGIAN_ORIGIN = (ORIGINS[0] as readonly [Origin, number])[0];
export const SAMI_ORIGIN = (ORIGINS[1] as readonly [Origin, number])[0];

function familyForm(entry: string, gender: Gender): string {
  const slash = entry.indexOf('/');
  if (slash < 0) return entry;
  return gender === 'M' ? entry.slice(0, slash) : entry.slice(slash + 1);
}

export function makeName(rng: Rng, origin: Origin, gender: Gender): { givenName: string; familyName: string } {
  let givenName: string;
  if (origin === NORWEGIAN_ORIGIN && chance(rng, 0.13)) {
    const first = pick(rng, gender === 'F' ? NO_DOUBLE_FIRST_F : NO_DOUBLE_FIRST_M);
    let second = pick(rng, gender === 'F' ? NO_DOUBLE_SECOND_F : NO_DOUBLE_SECOND_M);
    if (second === first) second = gender === 'F' ? 'Marie' : 'Erik';
    givenName = first + (chance(rng, 0.35) ? '-' : ' ') + second;
  } else {
    givenName = pick(rng, origin.given[gender]);
  }

  // Immigrant-origin and Sami people sometimes carry a Norwegian family name (and vice versa).
  let familyOrigin = origin;
  if (origin !== NORWEGIAN_ORIGIN && chance(rng, 0.12)) familyOrigin = NORWEGIAN_ORIGIN;
  else if (origin === NORWEGIAN_ORIGIN && chance(rng, 0.02)) familyOrigin = SAMI_ORIGIN;
  let familyName = familyForm(pick(rng, familyOrigin.family), gender);

  if (chance(rng, 0.09) && !familyName.includes(' ')) {
    const pool = chance(rng, 0.8) ? NO_FAMILY : familyOrigin.family;
    const other = familyForm(pick(rng, pool), gender);
    if (other !== familyName && !other.includes(' ')) {
      familyName = chance(rng, 0.3) ? `${other}-${familyName}` : `${other} ${familyName}`;
    }
  }
  return { givenName, familyName };
}
