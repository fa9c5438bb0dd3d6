import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Researcher } from '../researcher/researcher.entity';
import { PageInfo } from '../graphql/page-info.type';
import { DEFAULT_PAGE_SIZE, ResearchersArgs } from './dto/researchers.args';
import type { ResearcherFilter } from './dto/researcher-filter.input';
import { CursorKey, CursorPosition, decodeCursor, encodeCursor } from './search-cursor';
import { emptyFacets, FacetRow, toFacets } from './search-facets';
import { SearchCriteria, SearchFilter, SearchSql, Statement } from './search-sql';
import { Computed, VersionedCache, CACHE_MIN_ROWS, readCatalogueVersion } from '../database/versioned-cache';
import { cleanText, parseSearchQuery } from './search-text';
import { CachedPage, MatchSets, mergePage } from './incremental-refresh';
import { ChangesRow, changesSinceStatement, ChangesSince, toChangesSince } from './search-changes';
import type { ResearcherEdge } from './types/researcher-edge.type';
import type { ResearcherFacets } from './types/researcher-facets.type';
import { ResearcherOrder } from './types/researcher-order.enum';

/** What the client asked for, so work nobody reads is not done. */
export interface SearchNeeds {
  page: boolean;
  totalCount: boolean;
  facets: boolean;
}

/** Counts up to this many matches are exact; above it, totalCount is estimated from a sample. */
export const EXACT_COUNT_LIMIT = 10_000;
/** About how many rows of the search table the estimate reads. */
const ESTIMATE_SAMPLE_ROWS = 50_000;
/**
 * Extra rows a ranked first page reads beyond what it shows: when profiles on it change, the
 * cached page is brought up to date from them (see incremental-refresh.ts) instead of ranking
 * every match again, and rows that left are replaced from these.
 */
const FIRST_PAGE_SPARE_ROWS = 20;
/** Counts up to this many matches keep their match ids, to stay exact by re-reading changes. */
const MATCH_SET_MAX = 60_000;
/** All match ids kept in one instance (about 80 bytes each). */
const MATCH_SETS_MAX_IDS = 500_000;

export interface SearchStats {
  total: number;
  totalIsExact: boolean;
  facets: ResearcherFacets | null;
}

/** Runs one statement: the app's DataSource, or the benchmark's own pool. */
export type StatementRunner = <T>(statement: Statement) => Promise<T[]>;

export interface SearchPlan {
  criteria: SearchCriteria;
  order: ResearcherOrder;
  first: number;
  after: CursorPosition | null;
  page: Statement | null;
  /** Count and facets together, when facets are wanted. */
  facets: Statement | null;
  /** The count alone, when only it is wanted (exact up to EXACT_COUNT_LIMIT). */
  count: Statement | null;
}

export interface SearchResult {
  edges: ResearcherEdge[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
  totalCountIsExact: () => Promise<boolean>;
  facets: () => Promise<ResearcherFacets>;
}

interface PageRow {
  researcherId: string;
  considered: number;
  searchVersion: string;
  // bigint columns arrive as strings
  score: string | null;
  sortName: string;
  updatedUs: string;
  highlight: string | null;
  [column: string]: unknown;
}

const unique = (values: readonly string[] | null | undefined, map: (v: string) => string = (v) => v) => [
  ...new Set((values ?? []).map(map)),
];

/**
 * The directory search: at most two statements per request whatever the page size (the page
 * with its researchers and highlights; the count with the facets), started together.
 */
@Injectable()
export class SearchService {
  private columns: string[] | null = null;
  private readonly runStatement: StatementRunner = (statement) => this.run(statement);
  private readonly cache = new VersionedCache(() => readCatalogueVersion(this.dataSource));

  private readonly matchSets = new MatchSets(MATCH_SETS_MAX_IDS);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(args: ResearchersArgs, needs: SearchNeeds): Promise<SearchResult> {
    const plan = this.plan(args, needs);
    const { order, first, after } = plan;
    const statsStatement = plan.facets ?? plan.count;
    const statsKey = statsStatement ? JSON.stringify([statsStatement.sql, statsStatement.params]) : '';
    const stats = statsStatement
      ? this.cache.get(
          statsKey,
          () => this.computeCount(statsKey, plan),
          plan.facets ? undefined : (value, fromVersion) => this.refreshCount(statsKey, plan, value, fromVersion),
        )
      : null;
    // Settled here, so an unrequested rejection never goes unhandled.
    stats?.catch(() => undefined);

    const rows = plan.page ? await this.pageRows(plan) : [];
    const edges = rows.slice(0, first).map((row) => ({
      cursor: encodeCursor({ order, key: cursorKey(order, row), id: row.researcherId }),
      node: this.hydrate(row),
      highlight: row.highlight,
    }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: !!after,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount: async () => (await required(stats)).total,
      totalCountIsExact: async () => (await required(stats)).totalIsExact,
      facets: async () => (await required(stats)).facets ?? emptyFacets(),
    };
  }

  /** The statements a request needs (at most two), built but not run; the benchmark runs them directly too. */
  plan(args: ResearchersArgs, needs: SearchNeeds, options: { rankEveryMatch?: boolean } = {}): SearchPlan {
    const criteria: SearchCriteria = { query: parseSearchQuery(args.query), filter: normalizeFilter(args.filter) };
    const requested = args.orderBy ?? ResearcherOrder.RELEVANCE;
    // Relevance needs something to be relevant to; without a query the list is alphabetical.
    const order = requested === ResearcherOrder.RELEVANCE && !criteria.query ? ResearcherOrder.NAME : requested;
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const after = args.after === null || args.after === undefined ? null : decodeCursor(args.after, order);
    const spare = incrementalPage(order, after, criteria) ? FIRST_PAGE_SPARE_ROWS : 0;
    return {
      criteria,
      order,
      first,
      after,
      page:
        needs.page && first > 0
          ? new SearchSql(criteria, options).page(order, first + 1 + spare, after, this.researcherColumns())
          : null,
      facets: needs.facets ? new SearchSql(criteria).facets() : null,
      count: !needs.facets && needs.totalCount ? new SearchSql(criteria).count(EXACT_COUNT_LIMIT + 1) : null,
    };
  }

  /** The statements a request would run, named, for EXPLAIN in the benchmark. */
  explainable(args: ResearchersArgs, needs: SearchNeeds): [string, Statement][] {
    const plan = this.plan(args, needs);
    const named: [string, Statement | null][] = [
      ['page', plan.page],
      ['facets', plan.facets],
      ['count', plan.count],
      // What a count above EXACT_COUNT_LIMIT runs next (the sample's size depends on the table: 10 % here).
      ['estimate at 10 %', plan.count ? new SearchSql(plan.criteria).estimate(10) : null],
    ];
    return named.filter((n): n is [string, Statement] => n[1] !== null);
  }

  /**
   * A page's rows, kept like the counts when ranking it sorted many matches: the rows are the
   * same for every viewer (contact fields are resolved per viewer from them), and entities are
   * built anew for each request.
   */
  private async pageRows(plan: SearchPlan): Promise<PageRow[]> {
    const page = plan.page!;
    const limit = plan.first + 1 + (incrementalPage(plan.order, plan.after, plan.criteria) ? FIRST_PAGE_SPARE_ROWS : 0);
    const considered = (rows: PageRow[]) => Math.max(0, ...rows.map((r) => r.considered));
    const cached = await this.cache.get<CachedPage<PageRow> & { considered: number }>(
      JSON.stringify(['page', page.sql, page.params]),
      async () => {
        const rows = await this.run<PageRow>(page);
        return {
          value: { rows, complete: rows.length < limit, considered: considered(rows) },
          version: rows[0]?.searchVersion ?? '',
          // A page that ranked few rows is kept too, but checked against the version on every
          // request (strict): cheap to recompute, and must be current at once.
          cacheable: rows.length > 0,
          strict: considered(rows) < CACHE_MIN_ROWS,
        };
      },
      incrementalPage(plan.order, plan.after, plan.criteria)
        ? async (value, fromVersion) => {
            const changes = await this.changesSince(fromVersion);
            if (!changes) return null;
            if (changes.researcherIds.length === 0) return { value, version: changes.version, cacheable: true };
            const onlyChanged = new SearchSql(plan.criteria, { rankEveryMatch: true, onlyIds: changes.researcherIds });
            const fresh = await this.run<PageRow>(onlyChanged.page(plan.order, changes.researcherIds.length + 1, null, this.researcherColumns()));
            // Rows read in a later snapshot than the changes: a profile changed in between is
            // newer than `version`, which only makes the next refresh re-read it.
            const merged = mergePage(value, fresh, new Set(changes.researcherIds), plan.order, plan.first + 1);
            return merged && { value: { ...merged, considered: value.considered }, version: changes.version, cacheable: true };
          }
        : undefined,
    );
    return cached.rows;
  }

  /** The count (or count and facets) computed whole; an exact count also keeps its match ids. */
  private async computeCount(key: string, plan: SearchPlan): Promise<Computed<SearchStats>> {
    const computed = await computeStats(plan, this.runStatement);
    // Cheap counts are kept too, checked against the version on every request (strict).
    if (!computed.cacheable) return { ...computed, cacheable: true, strict: true };
    const { total, totalIsExact } = computed.value;
    if (plan.facets || !totalIsExact || total > MATCH_SET_MAX) return computed;
    const [row] = await this.run<{ ids: string | null; n: number; version: string }>(new SearchSql(plan.criteria).matchingIds());
    this.matchSets.put(key, row.version, new Set(row.ids ? row.ids.split(',') : []));
    return { value: { total: row.n, totalIsExact: true, facets: null }, version: row.version, cacheable: true };
  }

  /** A cached count brought up to date from the profiles changed since (null: compute it whole). */
  private async refreshCount(key: string, plan: SearchPlan, value: SearchStats, fromVersion: string): Promise<Computed<SearchStats> | null> {
    // An estimate stays one: it is recomputed whole once a minute (CACHE_MAX_INCREMENTAL_MS).
    const ids = value.totalIsExact ? this.matchSets.get(key, fromVersion) : null;
    if (value.totalIsExact && !ids) return null;
    const changes = await this.changesSince(fromVersion);
    if (!changes) return null;
    if (!ids || changes.researcherIds.length === 0) return { value, version: changes.version, cacheable: true };
    const onlyChanged = new SearchSql(plan.criteria, { onlyIds: changes.researcherIds });
    const [row] = await this.run<{ ids: string | null }>(onlyChanged.matchingIds());
    const sizeBefore = ids.size;
    for (const id of changes.researcherIds) ids.delete(id);
    for (const id of row.ids ? row.ids.split(',') : []) ids.add(id);
    this.matchSets.advance(key, changes.version, sizeBefore);
    return { value: { total: ids.size, totalIsExact: true, facets: null }, version: changes.version, cacheable: true };
  }

  private async changesSince(fromVersion: string): Promise<ChangesSince | null> {
    if (!fromVersion) return null;
    const [row] = await this.run<ChangesRow>(changesSinceStatement(fromVersion));
    return toChangesSince(row);
  }

  private run<T>(statement: Statement): Promise<T[]> {
    return this.dataSource.query(statement.sql, statement.params);
  }

  private researcherColumns(): string[] {
    this.columns ??= this.dataSource.getMetadata(Researcher).columns.map((c) => c.databaseName);
    return this.columns;
  }

  /** A Researcher entity from the page row's r__* columns, converted exactly as TypeORM would. */
  private hydrate(row: PageRow): Researcher {
    const metadata = this.dataSource.getMetadata(Researcher);
    const entity = metadata.create() as Researcher;
    for (const column of metadata.columns) {
      const raw = row[`r__${column.databaseName}`];
      column.setEntityValue(entity, this.dataSource.driver.prepareHydratedValue(raw, column));
    }
    return entity;
  }
}

/**
 * The count (and facets) of a plan, with the search version they were read at. Facets count
 * every match, so their total is exact; a count alone stops at EXACT_COUNT_LIMIT + 1 and then
 * estimates from a fixed sample of the table's pages. Shared with the benchmark's SQL side.
 */
export async function computeStats(
  plan: SearchPlan,
  run: StatementRunner,
  limits: { exactCountLimit: number; sampleRows: number } = { exactCountLimit: EXACT_COUNT_LIMIT, sampleRows: ESTIMATE_SAMPLE_ROWS },
): Promise<Computed<SearchStats>> {
  if (plan.facets) {
    const result = toFacets(await run<FacetRow>(plan.facets), plan.criteria.filter);
    return {
      value: { total: result.total, totalIsExact: true, facets: result.facets },
      version: result.version,
      cacheable: result.scanned >= CACHE_MIN_ROWS,
    };
  }
  if (!plan.count) throw new Error('Search statistics were not planned');
  const [counted] = await run<{ n: number; version: string; tableRows: number }>(plan.count);
  const version = counted.version;
  if (counted.n <= limits.exactCountLimit) {
    return { value: { total: counted.n, totalIsExact: true, facets: null }, version, cacheable: counted.n >= CACHE_MIN_ROWS };
  }
  const percent = Math.min(100, (100 * limits.sampleRows) / Math.max(1, Number(counted.tableRows)));
  if (percent >= 50) {
    // A sample of half the table costs about what counting does.
    const [all] = await run<{ n: number }>(new SearchSql(plan.criteria).count(null));
    return { value: { total: all.n, totalIsExact: true, facets: null }, version, cacheable: true };
  }
  const [sample] = await run<{ n: number; sampled: number }>(new SearchSql(plan.criteria).estimate(percent));
  // Rounded to hundreds, which says it is an estimate. Its error is that of a page sample of
  // ~50,000 rows: a few percent for common words, more for words just above the limit.
  const share = sample.sampled > 0 ? sample.n / sample.sampled : 0;
  const estimate = Math.max(limits.exactCountLimit + 1, Math.round((share * Number(counted.tableRows)) / 100) * 100);
  return { value: { total: estimate, totalIsExact: false, facets: null }, version, cacheable: true };
}

/** First pages ranked by a query: the costly ones, kept up to date step by step when cached. */
function incrementalPage(order: ResearcherOrder, after: CursorPosition | null, criteria: SearchCriteria): boolean {
  return after === null && order === ResearcherOrder.RELEVANCE && criteria.query !== null;
}

function cursorKey(order: ResearcherOrder, row: PageRow): CursorKey {
  switch (order) {
    case ResearcherOrder.RELEVANCE:
      return [Number(row.score), row.sortName];
    case ResearcherOrder.NAME:
      return row.sortName;
    case ResearcherOrder.RECENTLY_UPDATED:
      return Number(row.updatedUs);
  }
}

function required<T>(promise: Promise<T> | null): Promise<T> {
  if (!promise) throw new Error('Search statistics were not requested');
  return promise;
}

function normalizeFilter(filter: ResearcherFilter | null | undefined): SearchFilter {
  return {
    competenceAreas: unique(filter?.competenceAreas, (s) => cleanText(s).toLowerCase()),
    networks: unique(filter?.networks, (s) => cleanText(s).toLowerCase()),
    regions: unique(filter?.regions),
    degrees: unique(filter?.degrees),
    languages: unique(filter?.languages, (s) => s.toLowerCase()),
    organizations: unique(filter?.organizations, (s) => s.toLowerCase()),
    availableAsSpeaker: filter?.availableAsSpeaker ?? null,
    availableForMedia: filter?.availableForMedia ?? null,
    availableForMediaNow: filter?.availableForMediaNow ?? null,
    courseLeader: filter?.courseLeader ?? null,
    speakerFormats: unique(filter?.speakerFormats),
    travelRegions: unique(filter?.travelRegions),
    // To the minute: the same search within a minute is the same statement.
    now: new Date(Math.floor(Date.now() / 60_000) * 60_000),
  };
}
