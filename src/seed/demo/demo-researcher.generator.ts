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
import { MembershipRole } from '../../common/enums/membership.enum';
import { Visibility } from '../../common/enums/visibility.enum';
import { buildBio } from './demo-bio';
import { demoOrcid, indexCode, makeName, NORWEGIAN_ORIGIN, ORIGIN_TABLE, SAMI_ORIGIN, slugPart } from './demo-identity';
import { Gender, Origin } from './demo-names.data';
import { chance, draw, hash2, mulberry32, pick, pushUnique, Rng, sample, streamSeed, Weighted } from './demo-random';
import {
  AREA_COUNT,
  CITIES,
  Condition,
  CONDITIONS,
  DEGREE_TABLE,
  DegreeProfile,
  DEGREES,
  DIALOGFORUM_ROLES,
  DPS_SETTING,
  EXTRA_LANGUAGES,
  MENTAL_HEALTH_NETWORK_ROLES,
  MENTAL_HEALTH_TOPIC,
  Method,
  METHODS,
  OTHER_NETWORK_ROLES,
  REGION_TABLE,
  RESEARCH_NETWORK_ROLES,
  Setting,
  SETTINGS,
  Topic,
  TOPICS,
} from './demo-vocabulary.data';

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
// The generator: one function per part of the person, called in a fixed order (the order
// of random draws is part of the output for a seed).
// ---------------------------------------------------------------------------------------

function assertIndex(index: number): void {
  if (!Number.isSafeInteger(index) || index < 0) {
    throw new RangeError(`index must be a non-negative safe integer, got ${index}`);
  }
}

interface Place {
  organizationId: string | null;
  region: HealthRegion;
  city: string;
}

function placeOf(rng: Rng, ctx: DemoContext, p: Prepared, origin: Origin): Place {
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
  return { organizationId, region, city: pick(rng, CITIES[region]) };
}

/** A small theme that the bio, keywords and areas share. */
interface Theme {
  conditions: Condition[];
  mentalFocus: boolean;
  topics: Topic[];
  method: Method | null;
  setting: Setting;
}

function themeOf(rng: Rng, dp: DegreeProfile): Theme {
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
  return { conditions, mentalFocus, topics, method, setting };
}

function languagesOf(
  rng: Rng,
  origin: Origin,
  region: HealthRegion,
  dp: DegreeProfile,
): { languages: string[]; heritageLanguage: string | null } {
  const languages: string[] = [];
  const nynorskChance =
    origin === NORWEGIAN_ORIGIN
      ? region === HealthRegion.WEST ? 0.25 : region === HealthRegion.CENTRAL ? 0.1 : 0.04
      : 0.01;
  languages.push(chance(rng, nynorskChance) ? 'nn' : 'nb');
  if (chance(rng, dp.english)) languages.push('en');
  let heritageLanguage: string | null = null;
  for (const [code, prob] of origin.languages) {
    if (chance(rng, prob)) {
      pushUnique(languages, code);
      if (heritageLanguage === null && origin.languageName) heritageLanguage = origin.languageName;
    }
  }
  if (origin !== SAMI_ORIGIN && chance(rng, region === HealthRegion.NORTH ? 0.05 : 0.004)) pushUnique(languages, 'se');
  if (region === HealthRegion.NORTH && chance(rng, 0.015)) pushUnique(languages, 'fi');
  for (const [code, prob] of EXTRA_LANGUAGES) {
    if (chance(rng, prob)) pushUnique(languages, code);
  }
  return { languages, heritageLanguage };
}

/** 2–6 keywords from the theme; the bio's main topic and condition always. */
function keywordsOf(rng: Rng, theme: Theme): string[] {
  const { conditions, topics, setting, method } = theme;
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
  return sample(rng, picked, picked.length); // shuffled
}

/** 1–6 distinct competence areas: theme-related first, topped up at random. */
function areasOf(rng: Rng, ctx: DemoContext, p: Prepared, theme: Theme): string[] {
  if (ctx.areaSlugs.length === 0) return [];
  const wanted = Math.min(1 + draw(rng, AREA_COUNT), p.areaSet.size);
  const themed: string[] = [];
  const addArea = (slug: string): void => {
    if (p.areaSet.has(slug)) pushUnique(themed, slug);
  };
  for (const t of theme.topics) for (const a of t.areas) addArea(a);
  if (theme.method) for (const a of theme.method.areas) addArea(a);
  for (const a of theme.setting.areas) addArea(a);
  if (chance(rng, 0.4)) addArea('sykdom-og-diagnose');
  if (theme.mentalFocus) addArea('psykisk-helse-og-rus');
  const areaSlugs = sample(rng, themed, wanted);
  let guard = 0;
  while (areaSlugs.length < wanted && guard++ < 64) {
    pushUnique(areaSlugs, pick(rng, ctx.areaSlugs));
  }
  return areaSlugs;
}

type Contact = Pick<DemoResearcher, 'email' | 'emailVisibility' | 'phone' | 'phoneVisibility' | 'website'>;

/** Fictional contact details on reserved domains only; phone numbers no subscriber has. */
function contactOf(rng: Rng, givenSlug: string, familySlug: string, code: string, slug: string, forMedia: boolean): Contact {
  const domain = chance(rng, 0.5) ? 'example.org' : 'example.no';
  const givenPart = givenSlug.replace(/-/g, '.');
  const local = chance(rng, 0.8) ? `${givenPart}.${familySlug}` : `${givenPart.charAt(0)}.${familySlug}`;
  const email = `${local}.${code}@${domain}`;
  const emailRoll = rng();
  const emailVisibility =
    emailRoll < (forMedia ? 0.5 : 0.15) ? Visibility.PUBLIC : emailRoll > 0.95 ? Visibility.PRIVATE : Visibility.REGISTERED;
  let phone: string | null = null;
  let phoneVisibility = Visibility.PRIVATE;
  if (chance(rng, 0.55)) {
    const n = String(Math.floor(rng() * 10_000_000)).padStart(7, '0');
    phone = `+47 0${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4)}`;
    const r = rng();
    if (r < (forMedia ? 0.3 : 0.1)) phoneVisibility = Visibility.PUBLIC;
    else if (r < (forMedia ? 0.45 : 0.25)) phoneVisibility = Visibility.REGISTERED;
  }
  const website = chance(rng, 0.22) ? `https://${chance(rng, 0.5) ? 'example.org' : 'example.no'}/forskere/${slug}` : null;
  return { email, emailVisibility, phone, phoneVisibility, website };
}

/** Network memberships: 0–2, mostly none. */
function membershipsOf(rng: Rng, p: Prepared, dp: DegreeProfile, theme: Theme, title: string | null): DemoResearcher['memberships'] {
  const memberships: DemoResearcher['memberships'] = [];
  const join = (networkSlug: string, prob: number, roles: Weighted<MembershipRole>): void => {
    if (memberships.length < 2 && p.networkSet.has(networkSlug) && chance(rng, prob)) {
      memberships.push({ networkSlug, role: draw(rng, roles) });
    }
  };
  join('forskernettverket', dp.research ? 0.24 : 0.02, RESEARCH_NETWORK_ROLES);
  join('psykisk-helse-og-rus', theme.mentalFocus || theme.topics.some((t) => t.mental) ? 0.3 : 0.025, MENTAL_HEALTH_NETWORK_ROLES);
  join('dialogforum', title?.startsWith('leder') ? 0.15 : 0.004, DIALOGFORUM_ROLES);
  for (const other of p.otherNetworks) join(other, 0.02, OTHER_NETWORK_ROLES);
  return memberships;
}

/** One fictional researcher, a pure function of (index, ctx, seed). */
export function generateDemoResearcher(index: number, ctx: DemoContext, seed: number = DEFAULT_DEMO_SEED): DemoResearcher {
  assertIndex(index);
  const p = prepare(ctx);
  const key = hash2(seed >>> 0, 0x1f3d5b79);
  const rng = mulberry32(streamSeed(seed, index));

  const origin = draw(rng, ORIGIN_TABLE);
  const gender: Gender = chance(rng, 0.7) ? 'F' : 'M';
  const { givenName, familyName } = makeName(rng, origin, gender);
  const code = indexCode(index, key);
  const givenSlug = slugPart(givenName);
  const familySlug = slugPart(familyName);
  const slug = `${givenSlug}-${familySlug}-${code}`;

  const degree: AcademicDegree | null = draw(rng, DEGREE_TABLE);
  const dp = DEGREES.get(degree) as DegreeProfile;
  const title = chance(rng, 0.05) ? null : draw(rng, dp.titles);
  const field = dp.fields.length > 0 ? pick(rng, dp.fields) : null;

  const { organizationId, region, city } = placeOf(rng, ctx, p, origin);
  const theme = themeOf(rng, dp);
  const { languages, heritageLanguage } = languagesOf(rng, origin, region, dp);
  const availableAsSpeaker = chance(rng, dp.speaker);
  const availableForMedia = chance(rng, dp.media);
  const keywords = keywordsOf(rng, theme);
  const areaSlugs = areasOf(rng, ctx, p, theme);
  const contact = contactOf(rng, givenSlug, familySlug, code, slug, availableForMedia);
  const memberships = membershipsOf(rng, p, dp, theme, title);
  const bio = buildBio(rng, {
    ...theme,
    fullName: `${givenName} ${familyName}`,
    givenName,
    gender,
    degree,
    title,
    field,
    city,
    region,
    speaker: availableAsSpeaker,
    media: availableForMedia,
    speaksSami: languages.includes('se'),
    heritageLanguage,
    research: dp.research,
  });
  const orcid = chance(rng, dp.orcid) ? demoOrcid(index, key) : null;

  return {
    slug, givenName, familyName, title, degree, orcid, organizationId, region, bio, keywords, languages, areaSlugs,
    availableAsSpeaker, availableForMedia, ...contact, memberships,
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
