import { HealthRegion } from '../src/common/enums/health-region.enum';

/** What a search page shows for each hit. */
const PAGE = `
  totalCount
  pageInfo { hasNextPage endCursor }
  edges {
    cursor
    highlight
    node { id slug fullName title email organization { name } competenceAreas { name } }
  }`;

const FACETS = `
  facets {
    competenceAreas { value label count }
    networks { value label count }
    regions { value label count }
    degrees { value label count }
    languages { value label count }
  }`;

const document = (withFacets: boolean) => `
  query BenchSearch($query: String, $filter: ResearcherFilter, $first: Int) {
    researchers(query: $query, filter: $filter, first: $first) {${PAGE}${withFacets ? FACETS : ''}
    }
  }`;

export interface BenchQuery {
  /** What kind of search it is. */
  kind: string;
  /** How the search reads in the report. */
  label: string;
  variables: { query: string | null; filter: Record<string, unknown> | null; first: number };
  facets: boolean;
  document: string;
}

const query = (kind: string, label: string, variables: BenchQuery['variables'], facets: boolean): BenchQuery => ({
  kind,
  label,
  variables,
  facets,
  document: document(facets),
});

/**
 * The fixed mix. Terms are from the demo generator's vocabulary (src/seed/demo): "opplæring"
 * is in most bios, "cøliaki" is its rarest condition, Haugstad one of its family names.
 */
export const QUERY_MIX: readonly BenchQuery[] = [
  query('common term', '`opplæring`', { query: 'opplæring', filter: null, first: 20 }, false),
  query('rare term', '`cøliaki`', { query: 'cøliaki', filter: null, first: 20 }, false),
  query(
    'term + two filters, facets',
    '`diabetes`, region WEST, speaker',
    { query: 'diabetes', filter: { regions: [HealthRegion.WEST], availableAsSpeaker: true }, first: 20 },
    true,
  ),
  query('misspelt name', '`Ingvild Haugstadt`', { query: 'Ingvild Haugstadt', filter: null, first: 20 }, false),
  query('empty query, facets', '(none)', { query: null, filter: null, first: 20 }, true),
];
