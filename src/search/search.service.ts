import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Researcher } from '../researcher/researcher.entity';
import { PageInfo } from '../graphql/page-info.type';
import { DEFAULT_PAGE_SIZE, ResearchersArgs } from './dto/researchers.args';
import type { ResearcherFilter } from './dto/researcher-filter.input';
import { CursorKey, CursorPosition, decodeCursor, encodeCursor } from './search-cursor';
import { FacetRow, toFacets } from './search-facets';
import { SearchCriteria, SearchFilter, SearchSql, Statement } from './search-sql';
import { cleanText, parseSearchQuery } from './search-text';
import type { ResearcherEdge } from './types/researcher-edge.type';
import type { ResearcherFacets } from './types/researcher-facets.type';
import { ResearcherOrder } from './types/researcher-order.enum';

/** What the client asked for, so work nobody reads is not done. */
export interface SearchNeeds {
  page: boolean;
  totalCount: boolean;
  facets: boolean;
}

export interface SearchPlan {
  criteria: SearchCriteria;
  order: ResearcherOrder;
  first: number;
  after: CursorPosition | null;
  page: Statement | null;
  /** Count and facets together, when facets are wanted. */
  facets: Statement | null;
  /** The count alone, when only it is wanted. */
  count: Statement | null;
}

export interface SearchResult {
  edges: ResearcherEdge[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
  facets: () => Promise<ResearcherFacets>;
}

interface PageRow {
  researcherId: string;
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

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(args: ResearchersArgs, needs: SearchNeeds): Promise<SearchResult> {
    const plan = this.plan(args, needs);
    const { order, first, after } = plan;
    const stats: Promise<{ total: number; facets: ResearcherFacets | null }> | null = plan.facets
      ? this.run<FacetRow>(plan.facets).then((rows) => toFacets(rows, plan.criteria.filter))
      : plan.count
        ? this.run<{ n: number }>(plan.count).then((rows) => ({ total: rows[0].n, facets: null }))
        : null;
    // Settled here, so an unrequested rejection never goes unhandled.
    stats?.catch(() => undefined);

    const rows = plan.page ? await this.run<PageRow>(plan.page) : [];
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
      facets: async () => (await required(stats)).facets ?? emptyFacets(),
    };
  }

  /** The statements a request needs (at most two), built but not run; the benchmark runs them directly too. */
  plan(args: ResearchersArgs, needs: SearchNeeds): SearchPlan {
    const criteria: SearchCriteria = { query: parseSearchQuery(args.query), filter: normalizeFilter(args.filter) };
    const requested = args.orderBy ?? ResearcherOrder.RELEVANCE;
    // Relevance needs something to be relevant to; without a query the list is alphabetical.
    const order = requested === ResearcherOrder.RELEVANCE && !criteria.query ? ResearcherOrder.NAME : requested;
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const after = args.after === null || args.after === undefined ? null : decodeCursor(args.after, order);
    return {
      criteria,
      order,
      first,
      after,
      page:
        needs.page && first > 0
          ? new SearchSql(criteria).page(order, first + 1, after, this.researcherColumns())
          : null,
      facets: needs.facets ? new SearchSql(criteria).facets() : null,
      count: !needs.facets && needs.totalCount ? new SearchSql(criteria).count() : null,
    };
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

function emptyFacets(): ResearcherFacets {
  return { competenceAreas: [], networks: [], regions: [], degrees: [], languages: [], organizations: [] };
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
  };
}
