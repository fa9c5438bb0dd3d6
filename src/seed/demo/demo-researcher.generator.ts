/**
 * Deterministic generator of FICTIONAL researcher profiles for demos and benchmarks.
 *
 * Pure TypeScript, no database code. Every researcher is a function of
 * (index, ctx, seed) only: researcher #90 000 is computed directly from a small PRNG
 * seeded with (seed, index), without generating the ones before it.
 *
 * Fictional by construction:
 * - names are random combinations of common given and family names (never a list of
 *   real people), with a bio built from a domain vocabulary;
 * - e-mail addresses and websites use only the reserved domains example.org/example.no;
 * - ORCID iDs have a valid ISO 7064 MOD 11-2 check digit but lie in the blocks
 *   0000-0006 … 0000-0009, outside the ranges ORCID issues (0000-0001-5000-0007 …
 *   0000-0003-5000-0001 and 0009-0000-…), so they never resolve to a real person;
 * - phone numbers are 8 digits beginning with 0, which no Norwegian subscriber number
 *   does (they begin with 2–9), so they cannot reach a real person.
 *
 * Uniqueness: slugs, e-mails and ORCID iDs carry a part that is a keyed bijection of the
 * index, so they never collide for the same seed (ORCID up to index 40 000 000; beyond
 * that the ORCID is null).
 */
import { AcademicDegree } from '../../common/enums/academic-degree.enum';
import { HealthRegion } from '../../common/enums/health-region.enum';
import { Visibility } from '../../common/enums/visibility.enum';
import { MembershipRole } from '../../common/enums/membership.enum';

export interface DemoContext {
  organizations: { id: string; region: HealthRegion | null }[];
  /** All competence-area slugs (both levels). */
  areaSlugs: string[];
  /** Network slugs, e.g. forskernettverket, psykisk-helse-og-rus, dialogforum. */
  networkSlugs: string[];
}

export interface DemoResearcher {
  slug: string;
  givenName: string;
  familyName: string;
  title: string | null;
  degree: AcademicDegree | null;
  orcid: string | null;
  organizationId: string | null;
  region: HealthRegion | null;
  bio: string;
  keywords: string[];
  languages: string[];
  areaSlugs: string[];
  availableAsSpeaker: boolean;
  availableForMedia: boolean;
  email: string;
  emailVisibility: Visibility;
  phone: string | null;
  phoneVisibility: Visibility;
  website: string | null;
  memberships: { networkSlug: string; role: MembershipRole }[];
}

/** Seed used when none is given. */
export const DEFAULT_DEMO_SEED = 0x4c4d53; // "LMS"

// ---------------------------------------------------------------------------------------
// PRNG and hashing
// ---------------------------------------------------------------------------------------

/** 32-bit finaliser (murmur3 fmix32). */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hash2(a: number, b: number): number {
  return fmix32(Math.imul(a ^ 0x9e3779b9, 0x27d4eb2f) ^ fmix32(b + 0x165667b1));
}

/** Seed → 32-bit key, index (any safe integer) → 32-bit stream seed. */
function streamSeed(seed: number, index: number): number {
  const lo = index >>> 0;
  const hi = Math.floor(index / 0x100000000) >>> 0;
  return hash2(hash2(seed >>> 0, hi), lo);
}

type Rng = () => number;

/** mulberry32: tiny, fast, good enough for demo data. Returns floats in [0, 1). */
function mulberry32(state: number): Rng {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Keyed bijection on [0, a·b) — an unbalanced Feistel network with an even number of
 * rounds. Used to turn an index into a scrambled-looking but collision-free code.
 */
function permute(x: number, a: number, b: number, key: number, rounds = 4): number {
  let hiPart = Math.floor(x / b);
  let loPart = x % b;
  let modHi = a;
  let modLo = b;
  for (let r = 0; r < rounds; r++) {
    hiPart = (hiPart + (hash2(key + r * 0x632be5ab, loPart) % modHi)) % modHi;
    const t = hiPart;
    hiPart = loPart;
    loPart = t;
    const m = modHi;
    modHi = modLo;
    modLo = m;
  }
  return hiPart * modLo + loPart;
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

interface Weighted<T> {
  values: readonly T[];
  cumulative: readonly number[];
  total: number;
}

function weighted<T>(pairs: readonly (readonly [T, number])[]): Weighted<T> {
  const values: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [value, w] of pairs) {
    total += w;
    values.push(value);
    cumulative.push(total);
  }
  return { values, cumulative, total };
}

function draw<T>(rng: Rng, w: Weighted<T>): T {
  const x = rng() * w.total;
  const c = w.cumulative;
  for (let i = 0; i < c.length; i++) {
    if (x < (c[i] as number)) return w.values[i] as T;
  }
  return w.values[w.values.length - 1] as T;
}

function pushUnique<T>(items: T[], item: T): void {
  if (!items.includes(item)) items.push(item);
}

/** k distinct items (k ≤ items.length), in random order. */
function sample<T>(rng: Rng, items: readonly T[], k: number): T[] {
  const n = Math.min(k, items.length);
  if (n * 3 <= items.length) {
    // Few from many: draw indices and skip repeats (no copy of the source array).
    const picked: number[] = [];
    while (picked.length < n) {
      const i = Math.floor(rng() * items.length);
      if (!picked.includes(i)) picked.push(i);
    }
    return picked.map((i) => items[i] as T);
  }
  const copy = items.slice();
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rng() * (copy.length - i));
    const t = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = t;
  }
  return n === copy.length ? copy : copy.slice(0, n);
}

// ---------------------------------------------------------------------------------------
// ORCID
// ---------------------------------------------------------------------------------------

/** ISO 7064 MOD 11-2 check character for the first 15 digits of an ORCID iD. */
export function orcidCheckDigit(base15digits: string): string {
  const digits = base15digits.replace(/-/g, '');
  if (!/^\d{15}$/.test(digits)) {
    throw new RangeError(`Expected 15 digits, got "${base15digits}"`);
  }
  let total = 0;
  for (let i = 0; i < 15; i++) {
    total = (total + (digits.charCodeAt(i) - 48)) * 2;
  }
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? 'X' : String(result);
}

/** True for a well-formed ORCID iD (0000-0002-1825-0097) with a correct check character. */
export function isValidOrcid(orcid: string): boolean {
  if (typeof orcid !== 'string' || !/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(orcid)) return false;
  const digits = orcid.replace(/-/g, '');
  return orcidCheckDigit(digits.slice(0, 15)) === digits[15];
}

const ORCID_BLOCK_SIZE = 10_000_000; // seven free digits after "0000-000B"
const ORCID_BLOCKS = ['8', '9', '7', '6'] as const;

function demoOrcid(index: number, key: number): string | null {
  const block = Math.floor(index / ORCID_BLOCK_SIZE);
  if (block >= ORCID_BLOCKS.length) return null;
  const within = permute(index % ORCID_BLOCK_SIZE, 1000, 10_000, key ^ 0x0bc1d5);
  const base = `0000000${ORCID_BLOCKS[block]}${String(within).padStart(7, '0')}`;
  const full = base + orcidCheckDigit(base);
  return `${full.slice(0, 4)}-${full.slice(4, 8)}-${full.slice(8, 12)}-${full.slice(12, 16)}`;
}

// ---------------------------------------------------------------------------------------
// Slugs and transliteration
// ---------------------------------------------------------------------------------------

const SLUG_SPACE = 36 ** 4; // four base-36 characters

/** Short code, unique per index for a given seed: 4 chars, longer beyond 1.68 million. */
function indexCode(index: number, key: number): string {
  const block = Math.floor(index / SLUG_SPACE);
  const within = permute(index % SLUG_SPACE, 1296, 1296, key ^ 0x5a17);
  const code = within.toString(36).padStart(4, '0');
  return block > 0 ? block.toString(36) + code : code;
}

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

/** Lowercase ASCII: æ→ae, ø→o, å→a, Sami and other diacritics stripped. */
export function asciiFold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåđŋŧłßœı]/g, (c) => SPECIAL_LETTERS[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

const slugPartCache = new Map<string, string>();

/** URL-safe ASCII form of a name. Cached: names repeat a lot. */
function slugPart(text: string): string {
  let out = slugPartCache.get(text);
  if (out === undefined) {
    out = asciiFold(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    if (slugPartCache.size < 50_000) slugPartCache.set(text, out);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------

type Gender = 'F' | 'M';

interface Origin {
  key: string;
  given: { F: readonly string[]; M: readonly string[] };
  /** "Kowalski/Kowalska" = masculine/feminine form. */
  family: readonly string[];
  /** Languages people of this origin often speak, with probability. */
  languages: readonly (readonly [string, number])[];
  /** Norwegian name of the heritage language, for the bio. */
  languageName?: string;
}

const NO_GIVEN_F = [
  'Anne', 'Kari', 'Ingrid', 'Marit', 'Liv', 'Hilde', 'Siri', 'Åse', 'Sølvi', 'Therese',
  'Randi', 'Solveig', 'Bjørg', 'Gro', 'Tone', 'Ragnhild', 'Astrid', 'Guro', 'Marte',
  'Ingvild', 'Silje', 'Kristin', 'Hanne', 'Ingunn', 'Torunn', 'Eli', 'Ida', 'Mari', 'Nina',
  'Heidi', 'Camilla', 'Line', 'Trine', 'Berit', 'Sissel', 'Grethe', 'Målfrid', 'Åshild',
  'Bodil', 'Sigrid', 'Tiril', 'Maren', 'Signe', 'Gunhild', 'Øydis', 'Åsne', 'Linn',
  'Synnøve', 'Eldbjørg', 'Tordis', 'Vigdis', 'Hege', 'Elin', 'Lene', 'Wenche', 'Merete',
  'Mona', 'Tove', 'Gry', 'Kjersti', 'Ranveig', 'Torild', 'Ane', 'Aud', 'Ellen', 'Karianne',
  'Lise', 'Monica', 'Stine', 'Marianne', 'Cecilie', 'Kristine', 'Margrethe', 'Helene',
  'Julie', 'Maria', 'Nora', 'Emilie', 'Sunniva', 'Frøydis', 'Dagny', 'Bjørghild', 'Jorunn',
  'Kirsti', 'Brit', 'Unni', 'Aslaug', 'Rønnaug', 'Gøril', 'Mette',
  'Ingeborg', 'Oddny', 'Hildegunn', 'Anette', 'Tuva', 'Vilde', 'Karoline', 'Ragna',
];
const NO_GIVEN_M = [
  'Øystein', 'Bjørn', 'Håkon', 'Ørjan', 'Aasmund', 'Ole', 'Per', 'Jan', 'Lars', 'Knut',
  'Terje', 'Arne', 'Geir', 'Tor', 'Trond', 'Svein', 'Stein', 'Kjetil', 'Einar', 'Eirik',
  'Espen', 'Magnus', 'Sindre', 'Jørgen', 'Håvard', 'Øyvind', 'Pål', 'Ståle', 'Steinar',
  'Torbjørn', 'Asbjørn', 'Bård', 'Gaute', 'Audun', 'Vegard', 'Sigurd', 'Jostein', 'Morten',
  'Anders', 'Thomas', 'Kristian', 'Henrik', 'Jon', 'Rune', 'Frode', 'Gunnar', 'Leif',
  'Helge', 'Olav', 'Åsmund', 'Dag', 'Even', 'Ivar', 'Tormod', 'Halvor', 'Nils', 'Sverre',
  'Torgeir', 'Arild', 'Kåre', 'Børge', 'Fredrik', 'Martin', 'Andreas', 'Bjørnar', 'Ketil',
  'Odd', 'Roar', 'Sølve', 'Tore', 'Vidar', 'Øivind', 'Jens', 'Sjur', 'Aksel', 'Åge',
  'Erlend', 'Harald', 'Mads', 'Ola', 'Petter', 'Ragnar', 'Stig', 'Torstein', 'Yngve',
];
const NO_DOUBLE_FIRST_F = ['Anne', 'Kari', 'Mari', 'Liv', 'Inger', 'Marit', 'Ann', 'Hanne', 'Eva', 'Åse'];
const NO_DOUBLE_SECOND_F = [
  'Lise', 'Kristin', 'Berit', 'Elisabeth', 'Johanne', 'Marie', 'Helene', 'Grethe', 'Karin',
  'Sofie', 'Mette', 'Britt', 'Cathrine', 'Margrethe', 'Sølvi',
];
const NO_DOUBLE_FIRST_M = ['Jan', 'Per', 'Ole', 'Knut', 'Tor', 'Lars', 'Hans', 'Nils', 'Jon', 'Svein', 'Stein', 'Bjørn'];
const NO_DOUBLE_SECOND_M = [
  'Erik', 'Olav', 'Arne', 'Petter', 'Martin', 'Håkon', 'Kristian', 'Magne', 'Inge', 'Åge',
  'Egil', 'Ove', 'Morten', 'Gunnar', 'Øyvind',
];
const NO_FAMILY = [
  'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen',
  'Jensen', 'Karlsen', 'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen',
  'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl', 'Jørgensen', 'Halvorsen', 'Henriksen',
  'Lund', 'Sørensen', 'Jakobsen', 'Moen', 'Gundersen', 'Iversen', 'Strand', 'Solberg',
  'Svendsen', 'Eide', 'Knutsen', 'Martinsen', 'Paulsen', 'Bakken', 'Kristoffersen',
  'Mathisen', 'Lie', 'Amundsen', 'Rasmussen', 'Lunde', 'Solheim', 'Berge', 'Moe', 'Nygård',
  'Bakke', 'Kristensen', 'Fredriksen', 'Holm', 'Lien', 'Hauge', 'Christensen', 'Andresen',
  'Nielsen', 'Knudsen', 'Evensen', 'Sæther', 'Aas', 'Myhre', 'Hanssen', 'Haugland',
  'Thomassen', 'Sivertsen', 'Simonsen', 'Danielsen', 'Berntsen', 'Sandvik', 'Rønning',
  'Arnesen', 'Antonsen', 'Næss', 'Vik', 'Haug', 'Ellingsen', 'Thorsen', 'Edvardsen',
  'Birkeland', 'Isaksen', 'Gulbrandsen', 'Ruud', 'Aasen', 'Åsen', 'Strøm', 'Myklebust',
  'Tangen', 'Ødegård', 'Eliassen', 'Helland', 'Bøe', 'Jenssen', 'Aune', 'Mikkelsen', 'Tveit',
  'Brekke', 'Abrahamsen', 'Madsen', 'Bråten', 'Løvås', 'Kjærnes', 'Sandvin', 'Grønli',
  'Kvåle', 'Ødegaard', 'Bjørnstad', 'Fjeld', 'Sæle', 'Torvik', 'Haugstad', 'Fossum',
  'Hovland', 'Skår', 'Tjøtta', 'Rød', 'Røed', 'Skjærvø', 'Øien', 'Vestbø', 'Flåten', 'Hegge',
  'Kvamme', 'Nordbø', 'Skogstad', 'Aarseth', 'Kleiven', 'Grøtta', 'Mjøs', 'Bøhn', 'Ulvik',
  'Hølleland', 'Ås', 'Lindbæk', 'Engebretsen', 'Gjerde', 'Hovde', 'Kolstad', 'Langeland',
  'Løken', 'Midtbø', 'Nærland', 'Opsahl', 'Rønneberg', 'Sunde', 'Tønnessen', 'Vold',
  'Øverland', 'Årdal', 'Brøndbo', 'Frøyland', 'Kåsa', 'Mæland', 'Rørvik', 'Sætre',
];

const SE_GIVEN_F = ['Máret', 'Ánne', 'Elle', 'Sára', 'Inga', 'Biret', 'Risten', 'Ingá', 'Sunná', 'Ristin', 'Inger', 'Berit', 'Karen', 'Ellen', 'Marit', 'Kirsten', 'Áile', 'Elen'];
const SE_GIVEN_M = ['Ánde', 'Máhtte', 'Niillas', 'Áslat', 'Issát', 'Jovnna', 'Nils', 'Per', 'Aslak', 'Mikkel', 'Johan', 'Isak', 'Ante', 'Heaika', 'Nils Henrik', 'Johan Mathis'];
const SE_FAMILY = ['Sara', 'Eira', 'Somby', 'Gaup', 'Hætta', 'Utsi', 'Bongo', 'Turi', 'Buljo', 'Siri', 'Anti', 'Balto', 'Oskal', 'Magga', 'Triumf', 'Kemi', 'Eira Sara', 'Logje', 'Hætta Eira', 'Mienna', 'Skum', 'Labba'];

const ORIGINS: readonly (readonly [Origin, number])[] = [
  [
    {
      key: 'no',
      given: { F: NO_GIVEN_F, M: NO_GIVEN_M },
      family: NO_FAMILY,
      languages: [],
    },
    800,
  ],
  [
    {
      key: 'se',
      given: { F: SE_GIVEN_F, M: SE_GIVEN_M },
      family: SE_FAMILY,
      languages: [['se', 0.82]],
    },
    45,
  ],
  [
    {
      key: 'fi',
      given: { F: ['Aila', 'Kaisa', 'Liisa', 'Hilja', 'Tuula'], M: ['Eero', 'Jouni', 'Matti', 'Pekka', 'Aarne'] },
      family: ['Niemi', 'Lampinen', 'Mäkelä', 'Isaksen Niemi', 'Salmela', 'Haapala', 'Keskitalo'],
      languages: [['fi', 0.6]],
      languageName: 'finsk og kvensk',
    },
    8,
  ],
  [
    {
      key: 'sv',
      given: { F: ['Karin', 'Annika', 'Ulrika', 'Malin', 'Sofia', 'Johanna', 'Elin'], M: ['Johan', 'Mattias', 'Henrik', 'Björn', 'Fredrik', 'Gustav'] },
      family: ['Andersson', 'Lindqvist', 'Nyström', 'Olsson', 'Sandvin Olsson', 'Bergström', 'Lundgren', 'Sjöberg', 'Holmqvist', 'Åberg'],
      languages: [['sv', 0.97]],
    },
    22,
  ],
  [
    {
      key: 'da',
      given: { F: ['Mette', 'Pernille', 'Lotte', 'Rikke', 'Susanne'], M: ['Søren', 'Rasmus', 'Mikkel', 'Jesper', 'Anders'] },
      family: ['Møller', 'Kjær', 'Christiansen', 'Frederiksen', 'Thygesen', 'Dam'],
      languages: [['da', 0.97]],
    },
    10,
  ],
  [
    {
      key: 'de',
      given: { F: ['Julia', 'Katrin', 'Sabine', 'Anja', 'Birgit'], M: ['Stefan', 'Matthias', 'Jürgen', 'Tobias', 'Markus'] },
      family: ['Müller', 'Schmidt', 'Becker', 'Weber', 'Hoffmann', 'Schäfer', 'Krüger'],
      languages: [['de', 0.97]],
    },
    10,
  ],
  [
    {
      key: 'pl',
      given: { F: ['Agnieszka', 'Katarzyna', 'Magdalena', 'Joanna', 'Ewa', 'Małgorzata'], M: ['Piotr', 'Tomasz', 'Marek', 'Paweł', 'Łukasz', 'Krzysztof'] },
      family: ['Kowalski/Kowalska', 'Nowak', 'Wiśniewski/Wiśniewska', 'Wójcik', 'Kamiński/Kamińska', 'Lewandowski/Lewandowska', 'Zieliński/Zielińska', 'Mazur'],
      languages: [['pl', 0.92]],
      languageName: 'polsk',
    },
    20,
  ],
  [
    {
      key: 'so',
      given: { F: ['Amina', 'Hodan', 'Fadumo', 'Sahra', 'Ifrah', 'Ubah'], M: ['Abdirahman', 'Mohamed', 'Abdullahi', 'Hassan', 'Yusuf', 'Said'] },
      family: ['Ali', 'Hassan', 'Abdi', 'Farah', 'Warsame', 'Osman', 'Jama', 'Nur'],
      languages: [['so', 0.85], ['ar', 0.2]],
      languageName: 'somali',
    },
    12,
  ],
  [
    {
      key: 'ur',
      given: { F: ['Ayesha', 'Sana', 'Nadia', 'Farah', 'Saima', 'Rabia', 'Amna'], M: ['Imran', 'Asif', 'Kamran', 'Tariq', 'Usman', 'Bilal'] },
      family: ['Hussain', 'Khan', 'Iqbal', 'Butt', 'Ahmed', 'Rana', 'Malik', 'Chaudhry', 'Akhtar'],
      languages: [['ur', 0.8], ['pa', 0.35]],
      languageName: 'urdu',
    },
    15,
  ],
  [
    {
      key: 'vi',
      given: { F: ['Linh', 'Thu', 'Mai', 'Lan', 'Hoa', 'Thao'], M: ['Minh', 'Tuan', 'Duc', 'Hung', 'Quang', 'Long'] },
      family: ['Nguyen', 'Tran', 'Pham', 'Le', 'Vo', 'Hoang', 'Dang'],
      languages: [['vi', 0.75]],
      languageName: 'vietnamesisk',
    },
    10,
  ],
  [
    {
      key: 'ta',
      given: { F: ['Tharsini', 'Kavitha', 'Nirosha', 'Sharmila', 'Thusyanthy'], M: ['Suresh', 'Rajan', 'Kannan', 'Ramesh', 'Sivakanthan'] },
      family: ['Sivakumar', 'Thevarajah', 'Selvarajah', 'Kanagaratnam', 'Ponnampalam', 'Navaratnam'],
      languages: [['ta', 0.8]],
      languageName: 'tamil',
    },
    6,
  ],
  [
    {
      key: 'fa',
      given: { F: ['Shirin', 'Maryam', 'Leila', 'Parisa', 'Azadeh', 'Nasrin'], M: ['Reza', 'Dariush', 'Amir', 'Babak', 'Kaveh', 'Mehdi'] },
      family: ['Rahimi', 'Karimi', 'Hosseini', 'Moradi', 'Ahmadi', 'Jafari', 'Sadeghi'],
      languages: [['fa', 0.85]],
      languageName: 'persisk',
    },
    10,
  ],
  [
    {
      key: 'ti',
      given: { F: ['Helen', 'Senait', 'Selam', 'Feven', 'Ruth', 'Lemlem'], M: ['Yonas', 'Dawit', 'Samuel', 'Daniel', 'Tesfay', 'Filmon'] },
      family: ['Tesfay', 'Gebremedhin', 'Haile', 'Berhane', 'Tekle', 'Kidane', 'Ghebreyesus'],
      languages: [['ti', 0.8]],
      languageName: 'tigrinja',
    },
    6,
  ],
  [
    {
      key: 'ar',
      given: { F: ['Rania', 'Lina', 'Nour', 'Fatima', 'Rasha', 'Dima', 'Hiba'], M: ['Omar', 'Khaled', 'Ahmad', 'Mahmoud', 'Rami', 'Yasser', 'Karim'] },
      family: ['Al-Hassan', 'Haddad', 'Khalil', 'Saleh', 'Ahmed', 'Mahmoud', 'Al-Khatib', 'Nasser', 'Ibrahim'],
      languages: [['ar', 0.92]],
      languageName: 'arabisk',
    },
    12,
  ],
  [
    {
      key: 'bs',
      given: { F: ['Amra', 'Lejla', 'Emina', 'Selma', 'Aida'], M: ['Emir', 'Adnan', 'Edin', 'Haris', 'Damir'] },
      family: ['Hodžić', 'Begić', 'Mehmedović', 'Hadžić', 'Delić', 'Kovačević'],
      languages: [['bs', 0.85]],
      languageName: 'bosnisk',
    },
    6,
  ],
  [
    {
      key: 'tr',
      given: { F: ['Ayşe', 'Elif', 'Zeynep', 'Derya'], M: ['Mehmet', 'Emre', 'Murat', 'Serkan'] },
      family: ['Yılmaz', 'Demir', 'Şahin', 'Çelik', 'Aydın', 'Öztürk'],
      languages: [['tr', 0.85], ['ku', 0.1]],
      languageName: 'tyrkisk',
    },
    5,
  ],
];
const ORIGIN_TABLE = weighted(ORIGINS);
const NORWEGIAN_ORIGIN = (ORIGINS[0] as readonly [Origin, number])[0];
const SAMI_ORIGIN = (ORIGINS[1] as readonly [Origin, number])[0];

function familyForm(entry: string, gender: Gender): string {
  const slash = entry.indexOf('/');
  if (slash < 0) return entry;
  return gender === 'M' ? entry.slice(0, slash) : entry.slice(slash + 1);
}

function makeName(rng: Rng, origin: Origin, gender: Gender): { givenName: string; familyName: string } {
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

// ---------------------------------------------------------------------------------------
// Domain vocabulary
// ---------------------------------------------------------------------------------------

interface Topic {
  kw: string;
  /** Noun phrase that reads well after "om" / "for". */
  about: string;
  areas: readonly string[];
  mental?: boolean;
}

const TOPICS: readonly Topic[] = [
  { kw: 'mestringsstrategier', about: 'mestringsstrategier', areas: ['mestring-og-mestringsstrategier'] },
  { kw: 'pasient- og pårørendeopplæring', about: 'pasient- og pårørendeopplæring', areas: ['helsepedagogikk', 'pedagogikk'] },
  { kw: 'helsekompetanse', about: 'helsekompetanse', areas: ['helsekompetanse'] },
  { kw: 'samvalg', about: 'samvalg og felles beslutninger', areas: ['kommunikasjon', 'brukermedvirkning'] },
  { kw: 'brukermedvirkning', about: 'brukermedvirkning i utvikling av opplæringstilbud', areas: ['brukermedvirkning'] },
  { kw: 'erfaringskonsulenter', about: 'erfaringskonsulenters rolle i opplæringen', areas: ['erfaringskonsulenter', 'brukermedvirkning'], mental: true },
  { kw: 'gruppebasert opplæring', about: 'gruppebasert opplæring', areas: ['gruppeledelse', 'pedagogikk'] },
  { kw: 'helsepedagogikk', about: 'helsepedagogikk', areas: ['helsepedagogikk', 'pedagogikk'] },
  { kw: 'digitale opplæringstilbud', about: 'digitale opplæringstilbud', areas: ['digitale-tilbud', 'digital-pasientopplaering'] },
  { kw: 'barn som pårørende', about: 'barn som pårørende', areas: ['barn-og-unge-som-parorende', 'familieperspektiv'] },
  { kw: 'pårørendestøtte', about: 'støtte til pårørende', areas: ['parorende', 'familieperspektiv'] },
  { kw: 'psykisk helse og rus', about: 'opplæring innen psykisk helse og rus', areas: ['psykisk-helse-og-rus'], mental: true },
  { kw: 'likepersonsarbeid', about: 'likepersonsarbeid', areas: ['brukermedvirkning'] },
  { kw: 'samhandling', about: 'samhandling mellom kommunehelsetjenesten og spesialisthelsetjenesten', areas: ['samhandling'] },
  { kw: 'kommunikasjon', about: 'kommunikasjon mellom helsepersonell og pasienter', areas: ['kommunikasjon'] },
  { kw: 'motiverende intervju', about: 'motiverende intervju', areas: ['kommunikasjon'] },
  { kw: 'egenmestring', about: 'egenmestring ved langvarig sykdom', areas: ['mestring-og-mestringsstrategier', 'sykdom-og-diagnose'] },
  { kw: 'gruppeledelse', about: 'gruppeledelse i lærings- og mestringstilbud', areas: ['gruppeledelse'] },
  { kw: 'minoritetshelse', about: 'opplæring for pasienter med minoritetsbakgrunn', areas: ['helsekompetanse', 'kommunikasjon'] },
  { kw: 'transisjon', about: 'overgangen fra barne- til voksenavdeling for ungdom', areas: ['samhandling', 'familieperspektiv'] },
  { kw: 'salutogenese', about: 'salutogenese og opplevelse av sammenheng', areas: ['forskning-og-grunnlagstenkning', 'mestring-og-mestringsstrategier'] },
  { kw: 'empowerment', about: 'empowerment i pasientopplæring', areas: ['forskning-og-grunnlagstenkning'] },
  { kw: 'hverdagsmestring', about: 'rehabilitering og hverdagsmestring', areas: ['mestring-og-mestringsstrategier'] },
  { kw: 'recovery', about: 'recovery-orienterte tjenester', areas: ['psykisk-helse-og-rus'], mental: true },
  { kw: 'videokonsultasjoner', about: 'opplæring via videokonsultasjoner', areas: ['digitale-tilbud'] },
];

const MENTAL_HEALTH_TOPIC = TOPICS.find((t) => t.kw === 'psykisk helse og rus') as Topic;

interface Condition {
  kw: string;
  group: string;
  mental?: boolean;
}

const CONDITIONS = weighted<Condition>([
  [{ kw: 'KOLS', group: 'personer med KOLS' }, 10],
  [{ kw: 'diabetes type 2', group: 'personer med diabetes type 2' }, 10],
  [{ kw: 'diabetes type 1', group: 'barn og unge med diabetes type 1' }, 4],
  [{ kw: 'hjertesvikt', group: 'personer med hjertesvikt' }, 8],
  [{ kw: 'kreft', group: 'personer med kreft' }, 9],
  [{ kw: 'revmatisk sykdom', group: 'personer med revmatisk sykdom' }, 4],
  [{ kw: 'psykiske lidelser', group: 'personer med psykiske lidelser', mental: true }, 7],
  [{ kw: 'rusproblemer', group: 'personer med rusproblemer', mental: true }, 5],
  [{ kw: 'angst og depresjon', group: 'personer med angst og depresjon', mental: true }, 4],
  [{ kw: 'psykoselidelser', group: 'personer med psykoselidelser', mental: true }, 2],
  [{ kw: 'spiseforstyrrelser', group: 'ungdom med spiseforstyrrelser', mental: true }, 2],
  [{ kw: 'demens', group: 'personer med demens og pårørende' }, 5],
  [{ kw: 'hjerneslag', group: 'personer som har hatt hjerneslag' }, 4],
  [{ kw: 'kronisk smerte', group: 'personer med langvarige smerter' }, 4],
  [{ kw: 'epilepsi', group: 'personer med epilepsi' }, 2],
  [{ kw: 'multippel sklerose', group: 'personer med multippel sklerose' }, 2],
  [{ kw: 'Parkinsons sykdom', group: 'personer med Parkinsons sykdom' }, 2],
  [{ kw: 'nyresvikt', group: 'personer med nyresvikt' }, 2],
  [{ kw: 'astma', group: 'barn med astma og foreldrene deres' }, 2],
  [{ kw: 'overvekt', group: 'personer med sykelig overvekt' }, 3],
  [{ kw: 'ADHD', group: 'familier med barn som har ADHD', mental: true }, 2],
  [{ kw: 'autisme', group: 'foreldre til barn med autisme' }, 2],
  [{ kw: 'hørselstap', group: 'personer med hørselstap' }, 1],
  [{ kw: 'cøliaki', group: 'personer med cøliaki' }, 1],
]);

interface Method {
  kw: string;
  phrase: string;
  areas: readonly string[];
}

const METHODS: readonly Method[] = [
  { kw: 'kvalitative intervjustudier', phrase: 'kvalitative intervjustudier', areas: ['forskning-og-grunnlagstenkning'] },
  { kw: 'fokusgrupper', phrase: 'fokusgruppeintervjuer', areas: ['forskning-og-grunnlagstenkning'] },
  { kw: 'effektforskning', phrase: 'randomiserte kontrollerte studier', areas: ['evaluering-og-effektforskning'] },
  { kw: 'følgeforskning', phrase: 'følgeforskning', areas: ['evaluering-og-effektforskning'] },
  { kw: 'evaluering', phrase: 'evalueringsstudier', areas: ['evaluering-og-effektforskning'] },
  { kw: 'aksjonsforskning', phrase: 'aksjonsforskning', areas: ['forskning-og-grunnlagstenkning'] },
  { kw: 'spørreundersøkelser', phrase: 'spørreundersøkelser og registerdata', areas: ['evaluering-og-effektforskning'] },
  { kw: 'implementeringsforskning', phrase: 'implementeringsforskning', areas: ['evaluering-og-effektforskning'] },
  { kw: 'systematiske oversikter', phrase: 'systematiske kunnskapsoppsummeringer', areas: ['forskning-og-grunnlagstenkning'] },
  { kw: 'brukermedvirkning i forskning', phrase: 'deltakende design med brukermedvirkning', areas: ['brukermedvirkning', 'forskning-og-grunnlagstenkning'] },
  { kw: 'deltakende observasjon', phrase: 'deltakende observasjon', areas: ['forskning-og-grunnlagstenkning'] },
];

interface Setting {
  kw: string;
  /** Reads well after "i" / "fra" (often plural). */
  phrase: string;
  /** Where one person works: "i kommunehelsetjenesten", "ved et DPS". */
  at: string;
  areas: readonly string[];
}

const SETTINGS = weighted<Setting>([
  [{ kw: 'kommunehelsetjenesten', phrase: 'kommunehelsetjenesten', at: 'i kommunehelsetjenesten', areas: ['samhandling'] }, 8],
  [{ kw: 'spesialisthelsetjenesten', phrase: 'spesialisthelsetjenesten', at: 'i spesialisthelsetjenesten', areas: [] }, 8],
  [{ kw: 'lærings- og mestringssenter', phrase: 'lærings- og mestringssentre (LMS)', at: 'ved et lærings- og mestringssenter (LMS)', areas: ['helsepedagogikk'] }, 10],
  [{ kw: 'frisklivssentraler', phrase: 'frisklivssentraler', at: 'ved en frisklivssentral', areas: ['helsekompetanse'] }, 3],
  [{ kw: 'DPS', phrase: 'distriktspsykiatriske sentre (DPS)', at: 'ved et distriktspsykiatrisk senter (DPS)', areas: ['psykisk-helse-og-rus'] }, 3],
  [{ kw: 'hjemmetjenesten', phrase: 'hjemmetjenesten', at: 'i hjemmetjenesten', areas: ['samhandling'] }, 2],
  [{ kw: 'helsestasjon', phrase: 'helsestasjons- og skolehelsetjenesten', at: 'i helsestasjons- og skolehelsetjenesten', areas: ['familieperspektiv'] }, 2],
]);

const DPS_SETTING = SETTINGS.values.find((s) => s.kw === 'DPS') as Setting;

const CITIES: Record<HealthRegion, readonly string[]> = {
  [HealthRegion.NORTH]: ['Tromsø', 'Bodø', 'Harstad', 'Alta', 'Hammerfest', 'Kirkenes', 'Mo i Rana', 'Narvik', 'Karasjok', 'Vadsø'],
  [HealthRegion.CENTRAL]: ['Trondheim', 'Ålesund', 'Levanger', 'Molde', 'Namsos', 'Kristiansund', 'Steinkjer', 'Orkanger'],
  [HealthRegion.WEST]: ['Bergen', 'Stavanger', 'Haugesund', 'Førde', 'Stord', 'Voss', 'Egersund'],
  [HealthRegion.SOUTH_EAST]: ['Oslo', 'Kristiansand', 'Drammen', 'Tønsberg', 'Hamar', 'Lillehammer', 'Fredrikstad', 'Skien', 'Arendal', 'Gjøvik', 'Kongsberg', 'Lørenskog', 'Sarpsborg', 'Elverum'],
};

const REGION_LABEL: Record<HealthRegion, string> = {
  [HealthRegion.NORTH]: 'Helse Nord',
  [HealthRegion.CENTRAL]: 'Helse Midt-Norge',
  [HealthRegion.WEST]: 'Helse Vest',
  [HealthRegion.SOUTH_EAST]: 'Helse Sør-Øst',
};

const REGION_TABLE = weighted<HealthRegion>([
  [HealthRegion.SOUTH_EAST, 56],
  [HealthRegion.WEST, 20],
  [HealthRegion.CENTRAL, 14],
  [HealthRegion.NORTH, 10],
]);

const DEGREE_TABLE = weighted<AcademicDegree | null>([
  [AcademicDegree.PHD, 35],
  [AcademicDegree.MASTER, 30],
  [AcademicDegree.PHD_IN_PROGRESS, 12],
  [AcademicDegree.MASTER_IN_PROGRESS, 8],
  [AcademicDegree.BACHELOR, 8],
  [AcademicDegree.OTHER, 5],
  [null, 2],
]);

interface DegreeProfile {
  titles: Weighted<string>;
  fields: readonly string[];
  orcid: number;
  english: number;
  speaker: number;
  media: number;
  research: boolean;
}

const DEGREES = new Map<AcademicDegree | null, DegreeProfile>([
  [
    AcademicDegree.PHD,
    {
      titles: weighted([
        ['professor', 14], ['førsteamanuensis', 20], ['forsker', 10], ['seniorforsker', 6],
        ['postdoktor', 8], ['dosent', 3], ['forskningsleder', 3], ['seniorrådgiver', 5],
        ['overlege', 4], ['leder ved lærings- og mestringssenter', 3], ['fagsjef', 2],
        ['psykologspesialist', 2], ['professor II', 2],
      ]),
      fields: ['helsevitenskap', 'sykepleievitenskap', 'folkehelsevitenskap', 'medisin', 'psykologi', 'pedagogikk', 'sosiologi', 'klinisk medisin', 'samfunnsmedisin', 'helsefag'],
      orcid: 0.9, english: 0.93, speaker: 0.5, media: 0.36, research: true,
    },
  ],
  [
    AcademicDegree.MASTER,
    {
      titles: weighted([
        ['høgskolelektor', 10], ['universitetslektor', 6], ['spesialsykepleier', 10],
        ['rådgiver', 10], ['seniorrådgiver', 6], ['fagutviklingssykepleier', 8],
        ['leder ved lærings- og mestringssenter', 6], ['prosjektleder', 6],
        ['klinisk ernæringsfysiolog', 3], ['psykologspesialist', 3], ['fysioterapeut', 3],
        ['ergoterapeut', 2], ['diabetessykepleier', 3], ['helsesykepleier', 2], ['avdelingsleder', 2],
      ]),
      fields: ['helsefag', 'klinisk sykepleie', 'psykisk helsearbeid', 'folkehelsevitenskap', 'helse- og sosialfag', 'pedagogikk', 'helseledelse', 'samhandling innen helse- og omsorgstjenester', 'rehabilitering'],
      orcid: 0.5, english: 0.72, speaker: 0.38, media: 0.22, research: true,
    },
  ],
  [
    AcademicDegree.PHD_IN_PROGRESS,
    {
      titles: weighted([['ph.d.-kandidat', 10], ['stipendiat', 8], ['doktorgradsstipendiat', 3]]),
      fields: ['helsevitenskap', 'sykepleievitenskap', 'folkehelsevitenskap', 'psykologi', 'pedagogikk', 'klinisk medisin'],
      orcid: 0.8, english: 0.9, speaker: 0.3, media: 0.15, research: true,
    },
  ],
  [
    AcademicDegree.MASTER_IN_PROGRESS,
    {
      titles: weighted([['masterstudent', 4], ['sykepleier', 5], ['fysioterapeut', 2], ['rådgiver', 3], ['koordinator ved lærings- og mestringssenter', 2]]),
      fields: ['helsefag', 'klinisk sykepleie', 'psykisk helsearbeid', 'folkehelsevitenskap', 'helsepedagogikk og helsefremmende arbeid'],
      orcid: 0.35, english: 0.65, speaker: 0.25, media: 0.1, research: true,
    },
  ],
  [
    AcademicDegree.BACHELOR,
    {
      titles: weighted([['sykepleier', 10], ['vernepleier', 3], ['sosionom', 3], ['erfaringskonsulent', 4], ['brukerrepresentant', 3], ['rådgiver', 3], ['koordinator ved lærings- og mestringssenter', 3], ['ergoterapeut', 2]]),
      fields: [],
      orcid: 0.15, english: 0.45, speaker: 0.3, media: 0.15, research: false,
    },
  ],
  [
    AcademicDegree.OTHER,
    {
      titles: weighted([['erfaringskonsulent', 6], ['brukerrepresentant', 6], ['likeperson', 3], ['pårørenderepresentant', 2], ['helsefagarbeider', 2]]),
      fields: [],
      orcid: 0.1, english: 0.35, speaker: 0.4, media: 0.25, research: false,
    },
  ],
  [
    null,
    {
      titles: weighted([['brukerrepresentant', 3], ['rådgiver', 3], ['erfaringskonsulent', 2]]),
      fields: [],
      orcid: 0.2, english: 0.4, speaker: 0.3, media: 0.15, research: false,
    },
  ],
]);

const LIVED_EXPERIENCE_TITLES = new Set(['erfaringskonsulent', 'brukerrepresentant', 'likeperson', 'pårørenderepresentant']);

const EXTRA_LANGUAGES: readonly (readonly [string, number])[] = [
  ['sv', 0.07],
  ['da', 0.03],
  ['de', 0.03],
  ['fr', 0.015],
  ['es', 0.015],
];

/** Number of areas minus one: mostly 1–3 areas, up to 6. */
const AREA_COUNT = weighted<number>([
  [0, 20],
  [1, 35],
  [2, 25],
  [3, 12],
  [4, 5],
  [5, 3],
]);

const RESEARCH_NETWORK_ROLES = weighted<MembershipRole>([
  [MembershipRole.MEMBER, 97],
  [MembershipRole.COORDINATOR, 1],
  [MembershipRole.RESOURCE_GROUP_MEMBER, 1.5],
  [MembershipRole.LEADER, 0.5],
]);
const MENTAL_HEALTH_NETWORK_ROLES = weighted<MembershipRole>([
  [MembershipRole.MEMBER, 85],
  [MembershipRole.RESOURCE_GROUP_MEMBER, 12],
  [MembershipRole.COORDINATOR, 2],
  [MembershipRole.PROJECT_LEADER, 1],
]);
const DIALOGFORUM_ROLES = weighted<MembershipRole>([
  [MembershipRole.MEMBER, 88],
  [MembershipRole.LEADER, 7],
  [MembershipRole.COORDINATOR, 5],
]);
const OTHER_NETWORK_ROLES = weighted<MembershipRole>([
  [MembershipRole.MEMBER, 98],
  [MembershipRole.COORDINATOR, 2],
]);

// ---------------------------------------------------------------------------------------
// Context preparation (cached per context object)
// ---------------------------------------------------------------------------------------

interface Prepared {
  orgsRef: DemoContext['organizations'];
  areasRef: string[];
  networksRef: string[];
  northOrgs: DemoContext['organizations'];
  areaSet: Set<string>;
  networkSet: Set<string>;
  otherNetworks: string[];
}

const prepared = new WeakMap<DemoContext, Prepared>();

function prepare(ctx: DemoContext): Prepared {
  const cached = prepared.get(ctx);
  if (
    cached &&
    cached.orgsRef === ctx.organizations &&
    cached.areasRef === ctx.areaSlugs &&
    cached.networksRef === ctx.networkSlugs
  ) {
    return cached;
  }
  const known = new Set(['forskernettverket', 'psykisk-helse-og-rus', 'dialogforum']);
  const p: Prepared = {
    orgsRef: ctx.organizations,
    areasRef: ctx.areaSlugs,
    networksRef: ctx.networkSlugs,
    northOrgs: ctx.organizations.filter((o) => o.region === HealthRegion.NORTH),
    areaSet: new Set(ctx.areaSlugs),
    networkSet: new Set(ctx.networkSlugs),
    otherNetworks: [...new Set(ctx.networkSlugs)].filter((s) => !known.has(s)),
  };
  prepared.set(ctx, p);
  return p;
}

// ---------------------------------------------------------------------------------------
// Bio
// ---------------------------------------------------------------------------------------

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

interface BioInput {
  fullName: string;
  givenName: string;
  gender: Gender;
  degree: AcademicDegree | null;
  title: string | null;
  field: string | null;
  topics: Topic[];
  conditions: Condition[];
  method: Method | null;
  setting: Setting;
  city: string;
  region: HealthRegion;
  speaker: boolean;
  media: boolean;
  speaksSami: boolean;
  heritageLanguage: string | null;
  research: boolean;
}

/** Ids of the bio's optional sentences. */
enum S {
  LEADS_PROJECT,
  METHOD_USES,
  METHOD_BUILDS_ON,
  FOLLOW_UP_RESEARCH,
  RESEARCH_GROUP,
  TEACHES,
  THESIS,
  INTEREST,
  GROUP_TEACHING,
  USER_INVOLVEMENT,
  DIGITAL,
  LMS_BUILDER,
  SETTING,
  PLANS_COURSES,
  PUBLISHED,
  YEARS,
  COURSES_FOR_STAFF,
  USER_ORGANISATIONS,
  LOW_LITERACY,
}

function buildBio(rng: Rng, b: BioInput): string {
  const pron = b.gender === 'F' ? 'hun' : 'han';
  const poss = b.gender === 'F' ? 'hennes' : 'hans';
  const subject = (): string => (chance(rng, 0.75) ? capitalise(pron) : b.givenName);
  const t = b.topics[0] as Topic;
  const t2 = (b.topics[1] ?? b.topics[0]) as Topic;
  const c = b.conditions[0] as Condition;
  const lived = b.title !== null && LIVED_EXPERIENCE_TITLES.has(b.title);

  // 1. Introduction.
  let intro: string;
  const name = b.fullName;
  const title = b.title;
  switch (b.degree) {
    case AcademicDegree.PHD:
      if (title === null) intro = `${name} har doktorgrad i ${b.field} og forsker på ${t.about}.`;
      else if (chance(rng, 0.5)) intro = `${name} er ${title} og har doktorgrad i ${b.field}.`;
      else intro = `${name} er ${title} med doktorgrad i ${b.field} og forsker på ${t.about}.`;
      break;
    case AcademicDegree.PHD_IN_PROGRESS:
      intro =
        title === null
          ? `${name} skriver en doktorgradsavhandling om ${t.about} hos ${c.group}.`
          : `${name} er ${title} og skriver en doktorgradsavhandling om ${t.about} hos ${c.group}.`;
      break;
    case AcademicDegree.MASTER:
      if (title === null) intro = `${name} har mastergrad i ${b.field} og arbeider med ${t.about} ${b.setting.at}.`;
      else if (chance(rng, 0.5)) intro = `${name} er ${title} og har mastergrad i ${b.field}.`;
      else intro = `${name} arbeider som ${title} og har en mastergrad i ${b.field}.`;
      break;
    case AcademicDegree.MASTER_IN_PROGRESS:
      intro =
        title === 'masterstudent' || title === null
          ? `${name} er masterstudent i ${b.field} og skriver masteroppgave om ${t.about}.`
          : `${name} arbeider som ${title} og tar en mastergrad i ${b.field}.`;
      break;
    default:
      if (lived) {
        intro = `${name} er ${title} og har egen erfaring som pasient og pårørende.`;
      } else if (title) {
        intro = title.includes('mestringssenter')
          ? `${name} arbeider som ${title} og har lang erfaring med pasient- og pårørendeopplæring.`
          : `${name} arbeider som ${title} ${b.setting.at} og har lang erfaring med pasient- og pårørendeopplæring.`;
      } else {
        intro = `${name} arbeider med ${t.about} ${b.setting.at}.`;
      }
  }

  // 2. Further sentences: 1–3 from the eligible pool (integer ids, rendered below).
  const pool: number[] = [];
  if (b.research) {
    pool.push(S.LEADS_PROJECT, S.FOLLOW_UP_RESEARCH, S.RESEARCH_GROUP, S.PUBLISHED, S.YEARS);
    if (b.method) pool.push(S.METHOD_USES, S.METHOD_BUILDS_ON);
  }
  if (b.degree === AcademicDegree.PHD) pool.push(S.TEACHES, S.THESIS);
  pool.push(
    S.INTEREST,
    S.GROUP_TEACHING,
    S.USER_INVOLVEMENT,
    S.DIGITAL,
    S.LMS_BUILDER,
    S.SETTING,
    S.COURSES_FOR_STAFF,
    S.USER_ORGANISATIONS,
    S.LOW_LITERACY,
  );
  if (lived) pool.push(S.PLANS_COURSES);

  // Collected and joined once: a flat string rather than a rope of concatenations.
  const out: string[] = [intro];
  if (b.speaksSami && chance(rng, 0.7)) {
    out.push(`${subject()} snakker nordsamisk og har bidratt til samiskspråklige opplæringstilbud.`);
  }
  if (b.heritageLanguage && chance(rng, 0.6)) {
    out.push(`${subject()} har erfaring med opplæring for pasienter med minoritetsbakgrunn, også på ${b.heritageLanguage}.`);
  }
  if (out.length < 3 && b.speaker && chance(rng, 0.35)) {
    out.push(`${subject()} holder gjerne foredrag om ${pick(rng, b.topics).about}.`);
  }
  if (out.length < 3 && b.media && chance(rng, 0.3)) {
    out.push(`${subject()} kan uttale seg til media om ${c.kw} og om ${t2.about}.`);
  }

  const extra = Math.min(1 + Math.floor(rng() * 3), 4 - out.length); // 1–3 more, at most 4 in all
  for (const id of sample(rng, pool, extra)) {
    const m = b.method as Method;
    switch (id) {
      case S.LEADS_PROJECT:
        out.push(`${subject()} leder et forskningsprosjekt om ${t2.about} hos ${c.group}.`);
        break;
      case S.METHOD_USES:
        out.push(`I forskningen sin bruker ${pron} ${m.phrase} for å undersøke ${t2.about}.`);
        break;
      case S.METHOD_BUILDS_ON:
        out.push(`Forskningen ${poss} bygger på ${m.phrase}, med vekt på ${t.about}.`);
        break;
      case S.FOLLOW_UP_RESEARCH:
        out.push(`${subject()} deltar i følgeforskning på et nytt opplæringstilbud for ${c.group} i ${b.city}.`);
        break;
      case S.RESEARCH_GROUP:
        out.push(`${subject()} er med i en forskergruppe som evaluerer lærings- og mestringstilbud i ${REGION_LABEL[b.region]}.`);
        break;
      case S.TEACHES:
        out.push(`${subject()} underviser i helsepedagogikk og veileder studenter på master- og ph.d.-nivå.`);
        break;
      case S.THESIS:
        out.push(`Doktorgradsarbeidet ${poss} handlet om ${t.about} i ${b.setting.phrase}.`);
        break;
      case S.INTEREST:
        out.push(`${subject()} har særlig interesse for ${t.about}, og for ${t2 === t ? 'brukermedvirkning' : t2.about}.`);
        break;
      case S.GROUP_TEACHING:
        out.push(`${subject()} har lang erfaring med gruppebasert opplæring for ${c.group}.`);
        break;
      case S.USER_INVOLVEMENT:
        out.push(`${subject()} er opptatt av brukermedvirkning og samarbeider tett med erfaringskonsulenter og brukerrepresentanter.`);
        break;
      case S.DIGITAL:
        out.push(`${subject()} har vært med på å utvikle digitale opplæringstilbud for ${c.group}.`);
        break;
      case S.LMS_BUILDER:
        out.push(`${subject()} har bidratt til å bygge opp lærings- og mestringstilbudet i ${b.city}.`);
        break;
      case S.SETTING:
        out.push(`${subject()} har erfaring fra ${b.setting.phrase} og er opptatt av samhandling mellom kommune og sykehus.`);
        break;
      case S.PUBLISHED:
        out.push(`${subject()} har publisert flere artikler om ${t.about} i nordiske og internasjonale tidsskrifter.`);
        break;
      case S.YEARS:
        out.push(`${subject()} har arbeidet med ${c.kw} i mange år, både klinisk og som forsker.`);
        break;
      case S.COURSES_FOR_STAFF:
        out.push(`${subject()} holder kurs for helsepersonell i helsepedagogikk og gruppeledelse.`);
        break;
      case S.USER_ORGANISATIONS:
        out.push(`${subject()} samarbeider med brukerorganisasjoner om opplæringstilbud for ${c.group}.`);
        break;
      case S.LOW_LITERACY:
        out.push(`${subject()} er særlig opptatt av hvordan opplæringen kan tilpasses personer med lav helsekompetanse.`);
        break;
      case S.PLANS_COURSES:
        out.push(`${subject()} er med og planlegger kurs for ${c.group} ved lærings- og mestringssenteret i ${b.city}.`);
        break;
    }
  }
  return out.join(' ');
}

// ---------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------

function assertIndex(index: number): void {
  if (!Number.isSafeInteger(index) || index < 0) {
    throw new RangeError(`index must be a non-negative safe integer, got ${index}`);
  }
}

/** One fictional researcher, a pure function of (index, ctx, seed). */
export function generateDemoResearcher(
  index: number,
  ctx: DemoContext,
  seed: number = DEFAULT_DEMO_SEED,
): DemoResearcher {
  assertIndex(index);
  const p = prepare(ctx);
  const key = hash2(seed >>> 0, 0x1f3d5b79);
  const rng = mulberry32(streamSeed(seed, index));

  // Who.
  const origin = draw(rng, ORIGIN_TABLE);
  const gender: Gender = chance(rng, 0.7) ? 'F' : 'M';
  const { givenName, familyName } = makeName(rng, origin, gender);
  const fullName = `${givenName} ${familyName}`;
  const code = indexCode(index, key);
  const givenSlug = slugPart(givenName);
  const familySlug = slugPart(familyName);
  const slug = `${givenSlug}-${familySlug}-${code}`;

  // Degree and title.
  const degree = draw(rng, DEGREE_TABLE);
  const dp = DEGREES.get(degree) as DegreeProfile;
  const title = chance(rng, 0.05) ? null : draw(rng, dp.titles);
  const field = dp.fields.length > 0 ? pick(rng, dp.fields) : null;

  // Where.
  let organizationId: string | null = null;
  let region: HealthRegion | null = null;
  const orgs = ctx.organizations;
  if (orgs.length > 0 && chance(rng, 0.93)) {
    const org =
      origin === SAMI_ORIGIN && p.northOrgs.length > 0 && chance(rng, 0.7)
        ? pick(rng, p.northOrgs)
        : pick(rng, orgs);
    organizationId = org.id;
    region = org.region;
  }
  if (region === null) {
    region = origin === SAMI_ORIGIN && chance(rng, 0.8) ? HealthRegion.NORTH : draw(rng, REGION_TABLE);
  }
  const city = pick(rng, CITIES[region]);

  // What: a small theme that the bio, keywords and areas share.
  const conditions: Condition[] = [draw(rng, CONDITIONS)];
  if (chance(rng, 0.3)) {
    const second = draw(rng, CONDITIONS);
    if (second !== conditions[0]) conditions.push(second);
  }
  const mentalFocus = conditions.some((c) => c.mental);
  if (mentalFocus && !(conditions[0] as Condition).mental) conditions.reverse();
  let topics = sample(rng, TOPICS, 1 + Math.floor(rng() * 3));
  if (mentalFocus && !topics.some((t) => t.mental) && chance(rng, 0.6)) {
    topics = [MENTAL_HEALTH_TOPIC, ...topics].slice(0, 3);
  }
  const method = dp.research || chance(rng, 0.2) ? pick(rng, METHODS) : null;
  const setting = mentalFocus && chance(rng, 0.4) ? DPS_SETTING : draw(rng, SETTINGS);

  // Languages.
  const languages: string[] = [];
  const nynorskChance =
    origin === NORWEGIAN_ORIGIN
      ? region === HealthRegion.WEST ? 0.25 : region === HealthRegion.CENTRAL ? 0.1 : 0.04
      : 0.01;
  languages.push(chance(rng, nynorskChance) ? 'nn' : 'nb');
  if (chance(rng, dp.english)) languages.push('en');
  const addLang = (code: string): void => {
    if (!languages.includes(code)) languages.push(code);
  };
  let heritageLanguage: string | null = null;
  for (const [code, prob] of origin.languages) {
    if (chance(rng, prob)) {
      addLang(code);
      if (heritageLanguage === null && origin.languageName) heritageLanguage = origin.languageName;
    }
  }
  if (origin !== SAMI_ORIGIN && chance(rng, region === HealthRegion.NORTH ? 0.05 : 0.004)) addLang('se');
  if (region === HealthRegion.NORTH && chance(rng, 0.015)) addLang('fi');
  for (const [code, prob] of EXTRA_LANGUAGES) {
    if (chance(rng, prob)) addLang(code);
  }
  const speaksSami = languages.includes('se');

  // Availability.
  const availableAsSpeaker = chance(rng, dp.speaker);
  const availableForMedia = chance(rng, dp.media);

  // Keywords: 2–6 from the theme; the bio's main topic and condition always.
  const keywordPool: string[] = [];
  for (const c of conditions) pushUnique(keywordPool, c.kw);
  for (const t of topics) pushUnique(keywordPool, t.kw);
  pushUnique(keywordPool, setting.kw);
  if (method) pushUnique(keywordPool, method.kw);
  const mainTopic = (topics[0] as Topic).kw;
  const mainCondition = (conditions[0] as Condition).kw;
  const picked = [mainTopic];
  pushUnique(picked, mainCondition);
  const rest = keywordPool.filter((k) => k !== mainTopic && k !== mainCondition);
  for (const k of sample(rng, rest, 2 + Math.floor(rng() * 5) - picked.length)) picked.push(k);
  const keywords = sample(rng, picked, picked.length); // shuffled

  // Competence areas: 1–6 distinct, theme-related first, topped up at random.
  let areaSlugs: string[] = [];
  if (ctx.areaSlugs.length > 0) {
    const wanted = Math.min(1 + draw(rng, AREA_COUNT), p.areaSet.size);
    const themed: string[] = [];
    const addArea = (slug: string): void => {
      if (p.areaSet.has(slug)) pushUnique(themed, slug);
    };
    for (const t of topics) for (const a of t.areas) addArea(a);
    if (method) for (const a of method.areas) addArea(a);
    for (const a of setting.areas) addArea(a);
    if (chance(rng, 0.4)) addArea('sykdom-og-diagnose');
    if (mentalFocus) addArea('psykisk-helse-og-rus');
    areaSlugs = sample(rng, themed, wanted);
    let guard = 0;
    while (areaSlugs.length < wanted && guard++ < 64) {
      pushUnique(areaSlugs, pick(rng, ctx.areaSlugs));
    }
  }

  // Contact details (fictional, reserved domains only).
  const domain = chance(rng, 0.5) ? 'example.org' : 'example.no';
  const givenPart = givenSlug.replace(/-/g, '.');
  const familyPart = familySlug;
  const local = chance(rng, 0.8)
    ? `${givenPart}.${familyPart}`
    : `${givenPart.charAt(0)}.${familyPart}`;
  const email = `${local}.${code}@${domain}`;
  const emailRoll = rng();
  const emailVisibility =
    emailRoll < (availableForMedia ? 0.5 : 0.15)
      ? Visibility.PUBLIC
      : emailRoll > 0.95
        ? Visibility.PRIVATE
        : Visibility.REGISTERED;
  let phone: string | null = null;
  let phoneVisibility = Visibility.PRIVATE;
  if (chance(rng, 0.55)) {
    const n = String(Math.floor(rng() * 10_000_000)).padStart(7, '0');
    phone = `+47 0${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4)}`;
    const r = rng();
    if (r < (availableForMedia ? 0.3 : 0.1)) phoneVisibility = Visibility.PUBLIC;
    else if (r < (availableForMedia ? 0.45 : 0.25)) phoneVisibility = Visibility.REGISTERED;
  }
  const website = chance(rng, 0.22)
    ? `https://${chance(rng, 0.5) ? 'example.org' : 'example.no'}/forskere/${slug}`
    : null;

  // Network memberships: 0–2, mostly none.
  const memberships: { networkSlug: string; role: MembershipRole }[] = [];
  const join = (networkSlug: string, prob: number, roles: Weighted<MembershipRole>): void => {
    if (memberships.length < 2 && p.networkSet.has(networkSlug) && chance(rng, prob)) {
      memberships.push({ networkSlug, role: draw(rng, roles) });
    }
  };
  join('forskernettverket', dp.research ? 0.24 : 0.02, RESEARCH_NETWORK_ROLES);
  join(
    'psykisk-helse-og-rus',
    mentalFocus || topics.some((t) => t.mental) ? 0.3 : 0.025,
    MENTAL_HEALTH_NETWORK_ROLES,
  );
  join('dialogforum', title?.startsWith('leder') ? 0.15 : 0.004, DIALOGFORUM_ROLES);
  for (const other of p.otherNetworks) join(other, 0.02, OTHER_NETWORK_ROLES);

  const bio = buildBio(rng, {
    fullName,
    givenName,
    gender,
    degree,
    title,
    field,
    topics,
    conditions,
    method,
    setting,
    city,
    region,
    speaker: availableAsSpeaker,
    media: availableForMedia,
    speaksSami,
    heritageLanguage,
    research: dp.research,
  });

  return {
    slug,
    givenName,
    familyName,
    title,
    degree,
    orcid: chance(rng, dp.orcid) ? demoOrcid(index, key) : null,
    organizationId,
    region,
    bio,
    keywords,
    languages,
    areaSlugs,
    availableAsSpeaker,
    availableForMedia,
    email,
    emailVisibility,
    phone,
    phoneVisibility,
    website,
    memberships,
  };
}

/** `count` researchers with indices startIndex, startIndex+1, … (lazily). */
export function* generateDemoResearchers(
  count: number,
  ctx: DemoContext,
  options: { seed?: number; startIndex?: number } = {},
): Generator<DemoResearcher> {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const start = options.startIndex ?? 0;
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`count must be a non-negative integer, got ${count}`);
  }
  assertIndex(start);
  for (let i = 0; i < count; i++) {
    yield generateDemoResearcher(start + i, ctx, seed);
  }
}
