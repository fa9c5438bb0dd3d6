import type { Statement } from './search-sql';

/** More changed profiles than this since a cached answer: computing it whole is as cheap. */
export const MAX_CHANGED_FOR_REFRESH = 200;

export interface ChangesSince {
  /** The search version the changes reach. */
  version: string;
  /** Every profile whose search row changed after the earlier version, up to `version`. */
  researcherIds: string[];
}

/**
 * What changed since `fromVersion`, read in one snapshot from `search_change` (migration
 * SearchChangeLog1796800000001). Null when a cached answer cannot be brought up to date step by
 * step: something other than profiles changed (areas, networks, synonyms), a version has no row
 * (removed after ten minutes, or bumped elsewhere), or too many profiles changed.
 */
export function changesSinceStatement(fromVersion: string): Statement {
  return {
    sql: `WITH cur AS (SELECT version FROM public.search_state),
               c AS (SELECT researcher_ids FROM public.search_change
                      WHERE version > $1::bigint AND version <= (SELECT version FROM cur))
          SELECT (SELECT version::text FROM cur) AS version,
                 (SELECT version FROM cur) - $1::bigint AS expected,
                 (SELECT count(*) FROM c)::int AS found,
                 coalesce((SELECT bool_or(researcher_ids IS NULL OR cardinality(researcher_ids) > $2::int) FROM c), false) AS whole,
                 (SELECT array_agg(DISTINCT x)::text[] FROM c, unnest(c.researcher_ids) AS x
                   WHERE cardinality(c.researcher_ids) <= $2::int) AS ids`,
    params: [fromVersion, MAX_CHANGED_FOR_REFRESH],
  };
}

export interface ChangesRow {
  version: string;
  expected: string | number;
  found: number;
  whole: boolean;
  ids: string[] | string | null;
}

export function toChangesSince(row: ChangesRow | undefined): ChangesSince | null {
  if (!row || row.whole || Number(row.expected) !== row.found || Number(row.expected) < 0) return null;
  const ids = parseIds(row.ids);
  if (ids.length > MAX_CHANGED_FOR_REFRESH) return null;
  return { version: row.version, researcherIds: ids };
}

/** A text[] as the driver gives it: an array (pg) or, from some drivers, its literal `{a,b}`. */
function parseIds(value: string[] | string | null): string[] {
  if (value === null) return [];
  if (Array.isArray(value)) return value;
  const inner = value.replace(/^\{|\}$/g, '');
  return inner ? inner.split(',') : [];
}
