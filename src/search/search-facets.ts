import { ACADEMIC_DEGREE_LABELS, AcademicDegree } from '../common/enums/academic-degree.enum';
import { HEALTH_REGION_LABELS, HealthRegion } from '../common/enums/health-region.enum';
import { SPEAKER_FORMAT_LABELS, SpeakerFormat } from '../common/enums/speaker-format.enum';
import { languageLabel } from './language-labels';
import type { FacetDimension, ProfileFacetDimension, SearchFilter } from './search-sql';
import type { FacetCount } from './types/facet-count.type';
import type { ResearcherFacets } from './types/researcher-facets.type';

export interface FacetRow {
  dim: 'total' | 'scanned' | 'version' | FacetDimension | ProfileFacetDimension;
  value: string | null;
  label: string | null;
  n: number;
}

type ListDimension = FacetDimension | 'speakerFormats' | 'travelRegions';

const labelOf: Record<ListDimension, (value: string, label: string | null) => string> = {
  competenceAreas: (value, label) => label ?? value,
  networks: (value, label) => label ?? value,
  regions: (value) => HEALTH_REGION_LABELS[value as HealthRegion] ?? value,
  degrees: (value) => ACADEMIC_DEGREE_LABELS[value as AcademicDegree] ?? value,
  languages: (value) => languageLabel(value),
  organizations: (value, label) => label ?? value,
  speakerFormats: (value) => SPEAKER_FORMAT_LABELS[value as SpeakerFormat] ?? value,
  travelRegions: (value) => HEALTH_REGION_LABELS[value as HealthRegion] ?? value,
};

/** The facets with nothing counted yet. */
export function emptyFacets(): ResearcherFacets {
  return {
    competenceAreas: [],
    networks: [],
    regions: [],
    degrees: [],
    languages: [],
    organizations: [],
    speakerFormats: [],
    travelRegions: [],
    courseLeaderCount: 0,
    availableForMediaNowCount: 0,
  };
}

export interface FacetResult {
  total: number;
  facets: ResearcherFacets;
  /** Rows the statement read: what recomputing it costs. */
  scanned: number;
  /** search_state.version in the statement's snapshot. */
  version: string;
}

const byCountThenLabel = (a: FacetCount, b: FacetCount) => b.count - a.count || a.label.localeCompare(b.label, 'nb');

/**
 * Turns the facet statement's rows into labelled counts, most frequent first. A selected value
 * is always listed, with 0 if nothing matches, so the user can see and undo the choice.
 */
export function toFacets(rows: FacetRow[], filter: SearchFilter): FacetResult {
  const facets = emptyFacets();
  let total = 0;
  let scanned = 0;
  let version = '';
  for (const row of rows) {
    if (row.dim === 'total' || row.dim === 'scanned') {
      if (row.dim === 'total') total = Number(row.n);
      else scanned = Number(row.n);
      continue;
    }
    if (row.dim === 'version') {
      version = row.value ?? '';
      continue;
    }
    if (row.dim === 'courseLeader' || row.dim === 'availableForMediaNow') {
      facets[row.dim === 'courseLeader' ? 'courseLeaderCount' : 'availableForMediaNowCount'] = Number(row.n);
      continue;
    }
    const value = row.value ?? '';
    facets[row.dim].push({ value, label: labelOf[row.dim](value, row.label), count: Number(row.n) });
  }
  for (const dim of ['regions', 'degrees', 'languages', 'speakerFormats', 'travelRegions'] as const) {
    for (const value of filter[dim]) {
      if (!facets[dim].some((f) => f.value === value)) facets[dim].push({ value, label: labelOf[dim](value, null), count: 0 });
    }
  }
  for (const list of Object.values(facets)) if (Array.isArray(list)) (list as FacetCount[]).sort(byCountThenLabel);
  return { total, facets, scanned, version };
}
