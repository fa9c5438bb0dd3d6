import { ResearcherOrder } from './types/researcher-order.enum';

/** The part of a page row the order needs. */
export interface RankedRow {
  researcherId: string;
  score: string | null;
  sortName: string;
  updatedUs: string;
}

/**
 * A cached first page: rows in order, every one where it belongs among all matches. `complete`:
 * every match is here (fewer than the statement's limit matched), so none can be missing below.
 */
export interface CachedPage<R extends RankedRow> {
  rows: R[];
  complete: boolean;
}

/** The order of the page statements (search-sql ORDER_BY), in JavaScript; names compared as COLLATE "C". */
export function compareRows(order: ResearcherOrder, a: RankedRow, b: RankedRow): number {
  const byName = () => Buffer.compare(Buffer.from(a.sortName, 'utf8'), Buffer.from(b.sortName, 'utf8'));
  const byId = () => (a.researcherId < b.researcherId ? -1 : a.researcherId > b.researcherId ? 1 : 0);
  switch (order) {
    case ResearcherOrder.RELEVANCE: {
      const diff = BigInt(b.score ?? 0) - BigInt(a.score ?? 0);
      return diff !== 0n ? (diff > 0n ? 1 : -1) : byName() || byId();
    }
    case ResearcherOrder.NAME:
      return byName() || byId();
    case ResearcherOrder.RECENTLY_UPDATED: {
      const diff = BigInt(b.updatedUs) - BigInt(a.updatedUs);
      return diff !== 0n ? (diff > 0n ? 1 : -1) : -byId();
    }
  }
}

/**
 * A cached page brought up to date: `fresh` holds the changed profiles that match now (read by
 * the same conditions, restricted to `changed`). Rows of unchanged profiles keep their places,
 * as their keys did not change; changed ones leave and come back where they now rank. Below the
 * last unchanged row kept, profiles the cache never held might rank, so the page ends there
 * (unless it was complete). Null when fewer than `need` rows are then certain: compute it whole.
 */
export function mergePage<R extends RankedRow>(
  cached: CachedPage<R>,
  fresh: R[],
  changed: ReadonlySet<string>,
  order: ResearcherOrder,
  need: number,
): CachedPage<R> | null {
  const kept = cached.rows.filter((row) => !changed.has(row.researcherId));
  const merged = [...kept, ...fresh].sort((a, b) => compareRows(order, a, b));
  if (cached.complete) return { rows: merged, complete: true };
  const lastKept = kept.at(-1);
  if (!lastKept) return null;
  const rows = merged.slice(0, merged.indexOf(lastKept) + 1);
  return rows.length >= need ? { rows, complete: false } : null;
}

/**
 * The ids that match cached counts, so that a count is kept exact by re-reading only changed
 * profiles. Bounded by the number of ids held in all (least recently used sets go first).
 */
export class MatchSets {
  private readonly sets = new Map<string, { version: string; ids: Set<string> }>();
  private held = 0;

  constructor(private readonly maxIds: number) {}

  get(key: string, version: string): Set<string> | null {
    const entry = this.sets.get(key);
    if (!entry || entry.version !== version) return null;
    this.sets.delete(key);
    this.sets.set(key, entry);
    return entry.ids;
  }

  put(key: string, version: string, ids: Set<string>): void {
    this.remove(key);
    if (ids.size > this.maxIds) return;
    this.sets.set(key, { version, ids });
    this.held += ids.size;
    while (this.held > this.maxIds) {
      const oldest = this.sets.keys().next().value as string;
      this.remove(oldest);
    }
  }

  /** The set of `key` now stands for `version` (after it was updated in place). */
  advance(key: string, version: string, sizeBefore: number): void {
    const entry = this.sets.get(key);
    if (!entry) return;
    entry.version = version;
    this.held += entry.ids.size - sizeBefore;
  }

  private remove(key: string): void {
    const entry = this.sets.get(key);
    if (!entry) return;
    this.held -= entry.ids.size;
    this.sets.delete(key);
  }
}
