import type { ParsedQuery } from './search-text';
import type { CursorPosition } from './search-cursor';
import { ResearcherOrder } from './types/researcher-order.enum';
import { STALE_AFTER_MONTHS } from '../profile/profile-freshness';

export type FacetDimension = 'competenceAreas' | 'networks' | 'regions' | 'degrees' | 'languages' | 'organizations';
export const FACET_DIMENSIONS: readonly FacetDimension[] = ['competenceAreas', 'networks', 'regions', 'degrees', 'languages', 'organizations'];
/** Facets over the profile's media and speaker details: two lists of values and two counts of `true`. */
export type ProfileFacetDimension = 'availableForMediaNow' | 'courseLeader' | 'speakerFormats' | 'travelRegions';
const PROFILE_FACET_DIMENSIONS: readonly ProfileFacetDimension[] = ['availableForMediaNow', 'courseLeader', 'speakerFormats', 'travelRegions'];

/** A filter with empty lists meaning "no filter". */
export interface SearchFilter {
  competenceAreas: string[];
  networks: string[];
  regions: string[];
  degrees: string[];
  languages: string[];
  /** Organisation ids; a merged organisation's id stands for the one it went into. */
  organizations: string[];
  availableAsSpeaker: boolean | null;
  availableForMedia: boolean | null;
  availableForMediaNow: boolean | null;
  courseLeader: boolean | null;
  speakerFormats: string[];
  travelRegions: string[];
  /** The moment "now" means for availableForMediaNow (a parameter, so cached statements name it). */
  now: Date;
}

export interface SearchCriteria {
  query: ParsedQuery | null;
  filter: SearchFilter;
}

export interface Statement {
  sql: string;
  params: unknown[];
}

// ts_rank weights for D, C, B, A: bio, title/organisation, areas/keywords, names. Each class
// is more than 1.65x the one below, the most repeated occurrences can add (see tsrank.c), so a
// single hit in a higher class always outranks any number of hits in a lower one.
const RANK_WEIGHTS = `'{0.1, 0.2, 0.4, 1.0}'`;
// Ranking against "query OR sentinel" makes ts_rank score each term by its best field
// (calc_rank_or) instead of by proximity between terms, which mixes fields unpredictably.
// The default parser never produces a lexeme with underscores, so the sentinel never matches.
const RANK_SENTINEL = `'''kk_rank_sentinel'''::tsquery`;
const NAME_PREFIX_BONUS = 0.5;
// The most a query term can add to ts_rank when it occurs in the bio only (weight D = 0.1): its
// best occurrence counts fully and the others by 1/j², so at most 0.1 · (1 + π²/6) / (π²/6).
const BIO_ONLY_TERM_MAX = 0.16080;
// A quoted lexeme in a tsquery's text form ('it''s' doubles the quote).
const TSQUERY_OPERAND = `'(''(?:[^'']|'''')*'')'`;
// The search row has no organisation column (the index belongs to the search's own work):
// read it from the profile by primary key.
const ORGANIZATION_OF = `(SELECT r.organization_id FROM public.researcher r WHERE r.id = s.researcher_id)`;
const HEADLINE_OPTIONS = `'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "'`;

// Relevance ties go alphabetically, which reads better than an arbitrary but stable order.
const ORDER_BY: Record<ResearcherOrder, (t: string) => string> = {
  [ResearcherOrder.RELEVANCE]: (t) => `${t}.score DESC, ${t}.sort_name ASC, ${t}.researcher_id ASC`,
  [ResearcherOrder.NAME]: (t) => `${t}.sort_name ASC, ${t}.researcher_id ASC`,
  [ResearcherOrder.RECENTLY_UPDATED]: (t) => `${t}.updated_us DESC, ${t}.researcher_id DESC`,
};

class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * Builds the search statements. Every statement starts from `researcher_search`, which holds
 * published profiles only. Values always travel as parameters; only fixed SQL is concatenated.
 */
export class SearchSql {
  private readonly params = new Params();
  private readonly facetConditions = new Map<FacetDimension, string>();
  private readonly otherConditions: string[] = [];
  /** Conditions on the profile row (alias rp); pages and counts test them in one EXISTS. */
  private readonly profileConditions = new Map<ProfileFacetDimension, string>();
  private readonly queryCte: string | null = null;

  /**
   * `rankEveryMatch`: score every match instead of leaving out bio-only matches that cannot
   * reach the page (the same page, slower; the reference in tests and the benchmark).
   */
  constructor(
    private readonly criteria: SearchCriteria,
    private readonly options: { rankEveryMatch?: boolean; onlyIds?: string[] } = {},
  ) {
    const { query, filter } = criteria;
    if (query) this.queryCte = this.buildQueryCte(query);
    const p = this.params;
    if (filter.competenceAreas.length > 0) {
      // area_ids holds each person's areas and their ancestors, so a parent matches sub-areas.
      this.facetConditions.set(
        'competenceAreas',
        // A merged area's slug is a redirect: it stands for the area it was merged into.
        `s.area_ids && ARRAY(SELECT coalesce(merged_into_id, id) FROM public.competence_area WHERE slug = ANY(${p.add(filter.competenceAreas)}::text[]))`,
      );
    }
    if (filter.networks.length > 0) {
      this.facetConditions.set(
        'networks',
        `s.network_ids && ARRAY(SELECT id FROM public.network WHERE slug = ANY(${p.add(filter.networks)}::text[]))`,
      );
    }
    if (filter.regions.length === 1) {
      // An index condition (the text indexes hold the region); `= ANY` is not one for GIN.
      this.facetConditions.set('regions', `s.region = ${p.add(filter.regions[0])}::text`);
    } else if (filter.regions.length > 1) {
      this.facetConditions.set('regions', `s.region = ANY(${p.add(filter.regions)}::text[])`);
    }
    if (filter.degrees.length > 0) this.facetConditions.set('degrees', `s.degree = ANY(${p.add(filter.degrees)}::text[])`);
    if (filter.languages.length > 0) {
      this.facetConditions.set('languages', `s.languages && ${p.add(filter.languages)}::text[]`);
    }
    if (filter.organizations.length > 0) {
      this.facetConditions.set(
        'organizations',
        `${ORGANIZATION_OF} = ANY(ARRAY(SELECT coalesce(merged_into_id, id) FROM public.organization WHERE id = ANY(${p.add(filter.organizations)}::uuid[])))`,
      );
    }
    if (filter.availableAsSpeaker !== null) {
      this.otherConditions.push(`s.available_as_speaker = ${p.add(filter.availableAsSpeaker)}::boolean`);
    }
    if (filter.availableForMedia !== null) {
      this.otherConditions.push(`s.available_for_media = ${p.add(filter.availableForMedia)}::boolean`);
    }
    // Media and speaker details are read from the profile row itself (not copied into
    // researcher_search): one primary-key lookup per candidate, and the index stays as it is.
    const profile = this.profileConditions;
    if (filter.availableForMediaNow !== null) {
      const now = `${p.add(filter.now)}::timestamptz`;
      profile.set(
        'availableForMediaNow',
        filter.availableForMediaNow ? `rp.media_available_until > ${now}` : `(rp.media_available_until IS NULL OR rp.media_available_until <= ${now})`,
      );
    }
    if (filter.courseLeader !== null) profile.set('courseLeader', `rp.course_leader = ${p.add(filter.courseLeader)}::boolean`);
    if (filter.speakerFormats.length > 0) profile.set('speakerFormats', `rp.speaker_formats::text[] && ${p.add(filter.speakerFormats)}::text[]`);
    if (filter.travelRegions.length > 0) profile.set('travelRegions', `rp.travel_regions::text[] && ${p.add(filter.travelRegions)}::text[]`);
    // Re-reading only some profiles (those changed since a cached answer was computed).
    if (options.onlyIds) this.otherConditions.push(`s.researcher_id = ANY(${p.add(options.onlyIds)}::uuid[])`);
  }

  /** The conditions besides text and the facets of researcher_search, for pages and counts. */
  private filterConditions(): string[] {
    if (this.profileConditions.size === 0) return this.otherConditions;
    const profile = [...this.profileConditions.values()].join(' AND ');
    return [...this.otherConditions, `EXISTS (SELECT 1 FROM public.researcher rp WHERE rp.id = s.researcher_id AND ${profile})`];
  }

  get hasQuery(): boolean {
    return this.queryCte !== null;
  }

  /**
   * One page in the given order, with the researcher's own columns (aliased r__*) and a highlight.
   * Every order ends with the id, so equal keys never make pages overlap or skip.
   */
  page(order: ResearcherOrder, limit: number, after: CursorPosition | null, researcherColumns: string[]): Statement {
    const p = this.params;
    const orderBy = ORDER_BY[order];
    let cursorCondition = 'true';
    if (after) {
      const id = `${p.add(after.id)}::uuid`;
      if (order === ResearcherOrder.RELEVANCE) {
        const [score, name] = after.key as [number, string];
        const s = `${p.add(score)}::bigint`;
        cursorCondition = `(m.score < ${s} OR (m.score = ${s} AND (m.sort_name, m.researcher_id) > (${p.add(name)}::text COLLATE "C", ${id})))`;
      } else if (order === ResearcherOrder.NAME) {
        cursorCondition = `(m.sort_name, m.researcher_id) > (${p.add(after.key)}::text COLLATE "C", ${id})`;
      } else {
        cursorCondition = `(m.updated_us, m.researcher_id) < (${p.add(after.key)}::bigint, ${id})`;
      }
    }
    const lim = `${p.add(limit)}::int`;
    const score = order === ResearcherOrder.RELEVANCE ? this.scoreExpression() : 'NULL::bigint';
    const highlight = this.hasQuery
      ? `ts_headline('public.norwegian_unaccent', page.headline_source, q.tsq, ${HEADLINE_OPTIONS})`
      : 'NULL::text';
    const select = researcherColumns.map((c) => `r."${c}" AS "r__${c}"`).join(', ');
    // `considered`: how many rows a ranked branch sorted (they are all read anyway), so the
    // caller knows what recomputing the page costs. Not for index-ordered pages, which stop early.
    const ranked = order === ResearcherOrder.RELEVANCE && this.hasQuery;
    const branch = (conditions: string[], extra = '') => `
        SELECT m.*, ${ranked ? 'count(*) OVER ()' : '0::bigint'} AS considered FROM (
          SELECT s.researcher_id, ${score} AS score, s.sort_name, s.updated_us, s.headline_source
            FROM ${this.from()}
           WHERE ${conditions.join(' AND ')}
        ) m
        WHERE ${cursorCondition}${extra}
        ORDER BY ${orderBy('m')}
        LIMIT ${lim}`;
    const filters = [...this.facetConditions.values(), ...this.filterConditions()];
    let pageCtes: string;
    // One word typed: its matches can be many, and the strong ones found through their own
    // index. Several words must all match (or are phrases), which the document index narrows
    // better than the OR of their words in the strong index does, so they are scored in one go.
    const oneWord = /^[^\s"]+$/u.test(this.criteria.query?.text ?? '');
    if (ranked && oneWord && !this.options.rankEveryMatch) {
      // Profiles that have a query word only in the bio score at most q.weak_bound; they are
      // scored only when the best others do not fill the page above that bound. A very common
      // word is thus ranked among the (far fewer) profiles with it in a name, area, keyword,
      // title or organisation, and the page is the same as if every match had been scored.
      // The text condition as a filter only (IS TRUE is not indexable), so the strong rows are
      // found through the smaller index: the planner cannot see how common the words are.
      const strong = this.strongCondition();
      pageCtes = `strong AS MATERIALIZED (${branch([strong, `(${this.textCondition()!}) IS TRUE`, ...filters])}
      ),
      weak AS (${branch(
        [this.textCondition()!, `NOT (${this.strongCondition(true)})`, ...filters],
        ` AND (SELECT count(*) < ${lim} OR min(st.score) <= (SELECT weak_bound FROM q) FROM strong st)`,
      )}
      ),
      page AS (
        SELECT u.* FROM (SELECT * FROM strong UNION ALL SELECT * FROM weak) u
         ORDER BY ${orderBy('u')}
         LIMIT ${lim}
      )`;
    } else {
      pageCtes = `page AS (${branch(this.conditions())}
      )`;
    }
    const sql = `${this.withClause(pageCtes)}
      SELECT page.researcher_id AS "researcherId", page.score AS "score", page.sort_name AS "sortName",
             page.updated_us AS "updatedUs", page.considered::int AS "considered",
             (SELECT version::text FROM public.search_state) AS "searchVersion", ${highlight} AS "highlight", ${select}
        FROM page JOIN public.researcher r ON r.id = page.researcher_id${this.hasQuery ? ' CROSS JOIN q' : ''}
       ORDER BY ${orderBy('page')}`;
    return { sql, params: p.values };
  }

  /**
   * The number of matches, counted up to `cap` (the rest is estimated: {@link estimate}), with
   * the search version it was counted at and the number of rows in the search table.
   */
  count(cap: number | null): Statement {
    const limit = cap === null ? '' : ` LIMIT ${this.params.add(cap)}::int`;
    const sql = `${this.withClause(`capped AS (SELECT 1 FROM ${this.from()} WHERE ${this.conditions().join(' AND ')}${limit})`)}
      SELECT (SELECT count(*)::int FROM capped) AS n,
             (SELECT version::text FROM public.search_state) AS version,
             (SELECT greatest(reltuples, 0)::float8 FROM pg_class WHERE oid = 'public.researcher_search'::regclass) AS "tableRows"`;
    return { sql, params: this.params.values };
  }

  /**
   * Every match's id (comma-separated, one value), their number and the search version they
   * were read at: what a cached count needs to be kept exact by re-reading changed profiles only.
   */
  matchingIds(): Statement {
    const sql = `${this.withClause()} SELECT string_agg(s.researcher_id::text, ',') AS ids, count(*)::int AS n,
             (SELECT version::text FROM public.search_state) AS version
        FROM ${this.from()} WHERE ${this.conditions().join(' AND ')}`;
    return { sql, params: this.params.values };
  }

  /**
   * The matches among the rows of a sample of about `percent` % of the search table's pages
   * (the same sample every time), and how many rows the sample held: their ratio, not the
   * nominal percentage, scales the estimate, as the number of pages drawn varies.
   */
  estimate(percent: number): Statement {
    const sql = `${this.withClause()} SELECT count(*) FILTER (WHERE ${this.conditions().join(' AND ')})::int AS n, count(*)::int AS sampled
      FROM public.researcher_search s TABLESAMPLE SYSTEM (${this.params.add(percent)}::float4) REPEATABLE (16)${this.hasQuery ? ' CROSS JOIN q' : ''}`;
    return { sql, params: this.params.values };
  }

  /**
   * The number of matches and the facet counts, in one statement. Each dimension counts the
   * rows that pass every condition except its own (disjunctive facets). Rows: (dim, value, label, n).
   *
   * The media and speaker details are facets too, read from the profile row (one join by
   * primary key per row, which also gives the organisation): formats and travel regions per
   * value, course leaders and "available for media now" as the number of profiles that are.
   */
  facets(): Statement {
    const p = this.params;
    const conditionOf = (d: FacetDimension | ProfileFacetDimension) =>
      this.facetConditions.get(d as FacetDimension) ?? this.profileConditions.get(d as ProfileFacetDimension);
    const dimensions = [...FACET_DIMENSIONS, ...PROFILE_FACET_DIMENSIONS];
    const flags = dimensions.map((d) => `${conditionOf(d) ?? 'true'} AS f_${d}`).join(', ');
    const allBut = (except: FacetDimension | ProfileFacetDimension | null) =>
      dimensions
        .filter((d) => d !== except && conditionOf(d) !== undefined)
        .map((d) => `b.f_${d}`)
        .join(' AND ') || 'true';
    const areas = p.add(this.criteria.filter.competenceAreas);
    const networks = p.add(this.criteria.filter.networks);
    // Without the media-now filter the count of who is available now reads the clock in SQL, so
    // the statement (the cache's key) stays the same from minute to minute: whole-catalogue
    // facets are not recomputed every minute (the cache recomputes kept values after a minute).
    const now =
      this.criteria.filter.availableForMediaNow === null
        ? `date_trunc('minute', now())`
        : `${p.add(this.criteria.filter.now)}::timestamptz`;
    const sql = `${this.withClause('base AS (')}
        SELECT s.area_ids, s.network_ids, s.region, s.degree, s.languages, rp.organization_id,
               rp.speaker_formats::text[] AS speaker_formats, rp.travel_regions::text[] AS travel_regions,
               rp.course_leader, coalesce(rp.media_available_until > ${now}, false) AS media_now, ${flags}
          FROM ${this.from()} JOIN public.researcher rp ON rp.id = s.researcher_id
         WHERE ${[this.textCondition(), ...this.otherConditions].filter(Boolean).join(' AND ') || 'true'}
      )
      SELECT 'total' AS dim, NULL AS value, NULL AS label, count(*)::int AS n FROM base b WHERE ${allBut(null)}
      UNION ALL
      SELECT 'scanned', NULL, NULL, count(*)::int FROM base
      UNION ALL
      SELECT 'version', version::text, NULL, 0 FROM public.search_state
      UNION ALL
      SELECT 'competenceAreas', ca.slug, ca.name, coalesce(x.n, 0)
        FROM public.competence_area ca
        LEFT JOIN (SELECT a, count(*)::int AS n FROM base b, unnest(b.area_ids) AS a
                    WHERE ${allBut('competenceAreas')} GROUP BY a) x ON x.a = ca.id
       WHERE (x.n > 0 AND ca.merged_into_id IS NULL AND ca.retired_at IS NULL) OR ca.slug = ANY(${areas}::text[])
      UNION ALL
      SELECT 'networks', nw.slug, nw.name, coalesce(x.n, 0)
        FROM public.network nw
        LEFT JOIN (SELECT nid, count(*)::int AS n FROM base b, unnest(b.network_ids) AS nid
                    WHERE ${allBut('networks')} GROUP BY nid) x ON x.nid = nw.id
       WHERE nw.archived_at IS NULL AND (x.n > 0 OR nw.slug = ANY(${networks}::text[]))
      UNION ALL
      SELECT 'regions', b.region, NULL, count(*)::int FROM base b
       WHERE b.region IS NOT NULL AND ${allBut('regions')} GROUP BY b.region
      UNION ALL
      SELECT 'degrees', b.degree, NULL, count(*)::int FROM base b
       WHERE b.degree IS NOT NULL AND ${allBut('degrees')} GROUP BY b.degree
      UNION ALL
      SELECT 'languages', l, NULL, count(*)::int FROM base b, unnest(b.languages) AS l
       WHERE ${allBut('languages')} GROUP BY l
      UNION ALL
      SELECT 'organizations', o.id::text, o.name, x.n
        FROM (SELECT b.organization_id, count(*)::int AS n FROM base b
               WHERE b.organization_id IS NOT NULL AND ${allBut('organizations')} GROUP BY b.organization_id) x
        JOIN public.organization o ON o.id = x.organization_id
      UNION ALL
      SELECT 'speakerFormats', f, NULL, count(*)::int FROM base b, unnest(b.speaker_formats) AS f
       WHERE ${allBut('speakerFormats')} GROUP BY f
      UNION ALL
      SELECT 'travelRegions', tr, NULL, count(*)::int FROM base b, unnest(b.travel_regions) AS tr
       WHERE ${allBut('travelRegions')} GROUP BY tr
      UNION ALL
      SELECT 'courseLeader', NULL, NULL, count(*)::int FROM base b WHERE b.course_leader AND ${allBut('courseLeader')}
      UNION ALL
      SELECT 'availableForMediaNow', NULL, NULL, count(*)::int FROM base b WHERE b.media_now AND ${allBut('availableForMediaNow')}`;
    return { sql, params: p.values };
  }

  private scoreExpression(): string {
    if (!this.hasQuery) return '0::bigint';
    const names = this.criteria.query?.nameWords
      ? ` + CASE WHEN q.nkey <% s.name_key THEN word_similarity(q.nkey, s.name_key) ELSE 0 END
          + CASE WHEN s.name_words @@ q.ptsq THEN ${NAME_PREFIX_BONUS} ELSE 0 END`
      : '';
    // An integer key, so cursors carry it exactly. A profile unconfirmed for STALE_AFTER_MONTHS
    // counts half (about one field class lower: its name hit still beats others' keyword hits).
    const scale = `CASE WHEN s.last_confirmed_at < now() - make_interval(months => ${STALE_AFTER_MONTHS}) THEN 500000 ELSE 1000000 END`;
    return `round((ts_rank(${RANK_WEIGHTS}, s.document, q.rank_tsq)${names}) * ${scale})::bigint`;
  }

  private buildQueryCte(query: ParsedQuery): string {
    const p = this.params;
    const tsq = `ts_rewrite(websearch_to_tsquery('public.norwegian_unaccent', ${p.add(query.text)}::text),
                            'SELECT target, substitute FROM public.search_synonym_rule')`;
    let ptsq = 'NULL::tsquery';
    let nkey = 'NULL::text';
    if (query.nameWords) {
      const words = p.add(query.nameWords);
      // Every word a prefix of a name word (name_words holds only those, so common words typed
      // as a possible name stay cheap). Words are letters only; quotes and backslashes that
      // accent folding could produce are removed before quoting the lexeme.
      ptsq = `(SELECT to_tsquery('simple', string_agg('''' || w || ''':*', ' & '))
                 FROM (SELECT translate(public.search_name_fold(x), '''\\', '') AS w FROM unnest(${words}::text[]) AS x) f
                WHERE w <> '')`;
      nkey = `public.search_name_fold(array_to_string(${words}::text[], ' '))`;
    }
    // any_tsq: every word of the query, OR-ed, to find the profiles that have any of them in a
    // name, area, keyword, title or organisation. weak_bound: the highest score a profile with
    // query words only in its bio can reach (ts_rank divides by the number of terms, sentinel
    // included; counting operands with repeats only raises the bound), in score units.
    return `q AS MATERIALIZED (
        SELECT t.tsq, t.tsq || ${RANK_SENTINEL} AS rank_tsq, ${ptsq} AS ptsq, ${nkey} AS nkey,
               (SELECT string_agg(m[1], ' | ')::tsquery FROM regexp_matches(t.tsq::text, ${TSQUERY_OPERAND}, 'g') AS m) AS any_tsq,
               (SELECT ceil(${BIO_ONLY_TERM_MAX} * 1000000 * count(*) / (count(*) + 1))::bigint + 2
                  FROM regexp_matches(t.tsq::text, ${TSQUERY_OPERAND}, 'g')) AS weak_bound
          FROM (SELECT ${tsq} AS tsq) t
      )`;
  }

  private withClause(next?: string): string {
    const parts = [this.queryCte, next].filter((x): x is string => !!x);
    if (parts.length === 0) return '';
    // `next`: the statement's own CTEs; the last may be left open for the caller to finish.
    return `WITH ${parts.join(', ')}`;
  }

  private from(): string {
    return this.hasQuery ? 'public.researcher_search s CROSS JOIN q' : 'public.researcher_search s';
  }

  private textCondition(): string | null {
    if (!this.hasQuery) return null;
    return this.criteria.query?.nameWords
      ? '(s.document @@ q.tsq OR s.name_words @@ q.ptsq OR q.nkey <% s.name_key)'
      : 's.document @@ q.tsq';
  }

  /**
   * A query word in a name, area, keyword, title or organisation, or a name match. `total`:
   * written so that it is never NULL, for its negation.
   */
  private strongCondition(total = false): string {
    const parts = ['s.strong_document @@ q.any_tsq'];
    if (this.criteria.query?.nameWords) parts.push('s.name_words @@ q.ptsq', 'q.nkey <% s.name_key');
    return `(${parts.map((c) => (total ? `coalesce(${c}, false)` : c)).join(' OR ')})`;
  }

  private conditions(): string[] {
    const all = [this.textCondition(), ...this.facetConditions.values(), ...this.filterConditions()].filter(
      (c): c is string => !!c,
    );
    return all.length > 0 ? all : ['true'];
  }
}
