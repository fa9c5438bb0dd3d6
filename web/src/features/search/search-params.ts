import type { AcademicDegree, HealthRegion, ResearcherFilter, ResearcherOrder, SpeakerFormat } from '../../gql/graphql';

/** Everything a search is, as it lives in the URL (so it can be shared and the back button works). */
export interface SearchState {
  query: string;
  areas: string[];
  regions: HealthRegion[];
  networks: string[];
  degrees: AcademicDegree[];
  languages: string[];
  /** Organisation ids (the API's organisation facet values). */
  organizations: string[];
  speaker: boolean;
  media: boolean;
  /** Available for media now (mediaAvailableUntil still ahead). */
  mediaNow: boolean;
  courseLeader: boolean;
  formats: SpeakerFormat[];
  /** Health regions the speaker travels to. */
  travel: HealthRegion[];
  order: ResearcherOrder;
  /** Cursor of the current page (absent on the first page). */
  after: string | null;
  /** Cursors of the pages before the current one, oldest first, for "Forrige side". */
  previous: string[];
}

// Norwegian parameter names: the address is something people read and share.
const P = {
  query: 'q',
  areas: 'omrade',
  regions: 'region',
  networks: 'nettverk',
  degrees: 'grad',
  languages: 'sprak',
  organizations: 'organisasjon',
  speaker: 'foredrag',
  media: 'media',
  mediaNow: 'media-na',
  courseLeader: 'kursleder',
  formats: 'format',
  travel: 'reiser-til',
  order: 'sorter',
  after: 'etter',
  previous: 'forrige',
} as const;

const ORDERS: ResearcherOrder[] = ['RELEVANCE', 'NAME', 'RECENTLY_UPDATED'];
const ORDER_PARAM: Record<ResearcherOrder, string> = { RELEVANCE: 'relevans', NAME: 'navn', RECENTLY_UPDATED: 'oppdatert' };
const REGIONS: HealthRegion[] = ['NORTH', 'CENTRAL', 'WEST', 'SOUTH_EAST'];
const FORMATS: SpeakerFormat[] = ['IN_PERSON', 'DIGITAL'];
const DEGREES: AcademicDegree[] = ['BACHELOR', 'MASTER', 'MASTER_IN_PROGRESS', 'PHD', 'PHD_IN_PROGRESS', 'OTHER'];
// Cursors are base64url, so "." can separate them.
const CURSOR_SEPARATOR = '.';

const unique = <T,>(values: T[]): T[] => [...new Set(values)];

export function parseSearch(search: string): SearchState {
  const params = new URLSearchParams(search);
  const all = (name: string) => unique(params.getAll(name).filter((v) => v.length > 0));
  const orderParam = params.get(P.order);
  const order = ORDERS.find((o) => ORDER_PARAM[o] === orderParam) ?? 'RELEVANCE';
  const after = params.get(P.after) || null;
  return {
    query: params.get(P.query) ?? '',
    areas: all(P.areas),
    regions: all(P.regions).filter((r): r is HealthRegion => REGIONS.includes(r as HealthRegion)),
    networks: all(P.networks),
    degrees: all(P.degrees).filter((d): d is AcademicDegree => DEGREES.includes(d as AcademicDegree)),
    languages: all(P.languages),
    organizations: all(P.organizations),
    speaker: params.get(P.speaker) === 'ja',
    media: params.get(P.media) === 'ja',
    mediaNow: params.get(P.mediaNow) === 'ja',
    courseLeader: params.get(P.courseLeader) === 'ja',
    formats: all(P.formats).filter((f): f is SpeakerFormat => FORMATS.includes(f as SpeakerFormat)),
    travel: all(P.travel).filter((r): r is HealthRegion => REGIONS.includes(r as HealthRegion)),
    order,
    after,
    previous: after ? (params.get(P.previous) ?? '').split(CURSOR_SEPARATOR).filter(Boolean) : [],
  };
}

export function formatSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set(P.query, state.query.trim());
  for (const v of state.areas) params.append(P.areas, v);
  for (const v of state.regions) params.append(P.regions, v);
  for (const v of state.networks) params.append(P.networks, v);
  for (const v of state.degrees) params.append(P.degrees, v);
  for (const v of state.languages) params.append(P.languages, v);
  for (const v of state.organizations) params.append(P.organizations, v);
  if (state.speaker) params.set(P.speaker, 'ja');
  if (state.media) params.set(P.media, 'ja');
  if (state.mediaNow) params.set(P.mediaNow, 'ja');
  if (state.courseLeader) params.set(P.courseLeader, 'ja');
  for (const v of state.formats) params.append(P.formats, v);
  for (const v of state.travel) params.append(P.travel, v);
  if (state.order !== 'RELEVANCE') params.set(P.order, ORDER_PARAM[state.order]);
  if (state.after) {
    params.set(P.after, state.after);
    if (state.previous.length) params.set(P.previous, state.previous.join(CURSOR_SEPARATOR));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The state with paging reset: any change of query, filters or order starts at page one. */
export function firstPage(state: SearchState): SearchState {
  return { ...state, after: null, previous: [] };
}

export function toFilter(state: SearchState): ResearcherFilter {
  const filter: ResearcherFilter = {};
  if (state.areas.length) filter.competenceAreas = state.areas;
  if (state.regions.length) filter.regions = state.regions;
  if (state.networks.length) filter.networks = state.networks;
  if (state.degrees.length) filter.degrees = state.degrees;
  if (state.languages.length) filter.languages = state.languages;
  if (state.organizations.length) filter.organizations = state.organizations;
  if (state.speaker) filter.availableAsSpeaker = true;
  if (state.media) filter.availableForMedia = true;
  if (state.mediaNow) filter.availableForMediaNow = true;
  if (state.courseLeader) filter.courseLeader = true;
  if (state.formats.length) filter.speakerFormats = state.formats;
  if (state.travel.length) filter.travelRegions = state.travel;
  return filter;
}
