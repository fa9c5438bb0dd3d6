import type { DataSource } from 'typeorm';

/** How long a cached answer is served before the database is asked whether anything changed. */
export const CACHE_FRESH_MS = 1000;
/** Answers that read fewer rows than this are not kept: they are cheap, and so always current. */
export const CACHE_MIN_ROWS = 1000;
/** An answer last known current this long ago may still be served while its replacement is computed. */
const MAX_STALE_MS = 3000;
const MAX_ENTRIES = 500;
/** A kept value is recomputed whole (in the background) this long after it was last computed whole. */
export const CACHE_MAX_INCREMENTAL_MS = 60_000;

/**
 * The catalogue's change marker, `search_state.version` (kept by the search triggers): one
 * reader for every cache that follows it.
 */
export async function readCatalogueVersion(dataSource: DataSource): Promise<string> {
  const [row] = (await dataSource.query(`SELECT version::text AS v FROM public.search_state`)) as Array<{ v: string }>;
  return row.v;
}

export interface Computed<T> {
  value: T;
  /** search_state.version in the snapshot the value was computed from. */
  version: string;
  cacheable: boolean;
  /** Brought up to date from an earlier value rather than computed whole. */
  incremental?: boolean;
  /**
   * Cheap to compute again: kept, but served only after the database's version was read for
   * this very request and found unchanged (current at once, as if computed afresh).
   */
  strict?: boolean;
}

interface Entry<T> {
  value: T;
  version: string;
  /** When the value was last known to match the database's version. */
  checkedAt: number;
  /** When the value was last computed whole. */
  computedAt: number;
  strict: boolean;
}

/**
 * Brings a value computed at `fromVersion` up to the database's current version without
 * computing it whole (e.g. by re-reading only the rows changed since), or answers null when it
 * cannot, and the value is then computed whole.
 */
export type Refresh<T> = (value: T, fromVersion: string) => Promise<Computed<T> | null>;

/**
 * Answers that are the same for every visitor and costly to compute (search counts and facets,
 * the first pages of very common words, network member lists and counts), kept per key in each
 * app instance. Correct across instances because the database decides: `search_state.version`
 * goes up in the same transaction as any change to what searches answer (documents, areas,
 * networks, memberships, synonyms), and each value carries the version it was computed at. A
 * value is served as is for {@link CACHE_FRESH_MS}; after that, one cheap read of the version
 * either confirms it or has it recomputed (meanwhile the previous value is served, for at most
 * {@link MAX_STALE_MS} after it was last confirmed). So a published change shows within about
 * a second plus the time to recompute.
 */
export class VersionedCache {
  private readonly entries = new Map<string, Entry<unknown>>();
  private readonly computing = new Map<string, Promise<unknown>>();
  private versionRead: Promise<string> | null = null;

  constructor(
    private readonly readVersion: () => Promise<string>,
    private readonly now: () => number = Date.now,
  ) {}

  async get<T>(key: string, computeWhole: () => Promise<Computed<T>>, refresh?: Refresh<T>): Promise<T> {
    const entry = this.entries.get(key) as Entry<T> | undefined;
    if (!entry) return this.load(key, computeWhole);
    if (entry.strict) return this.getStrict(key, entry, computeWhole);
    const compute =
      refresh && this.now() - entry.computedAt < CACHE_MAX_INCREMENTAL_MS
        ? async (): Promise<Computed<T>> => {
            const refreshed = await refresh(entry.value, entry.version);
            return refreshed ? { ...refreshed, incremental: true } : computeWhole();
          }
        : computeWhole;
    // Most recently used last, so eviction takes the oldest.
    this.entries.delete(key);
    this.entries.set(key, entry);
    // What depends on the clock (media availability, the 13-month demotion) changes without a
    // version: a value computed whole a minute ago or more is recomputed whole, in the
    // background while it is still current by the version.
    const old = this.now() - entry.computedAt >= CACHE_MAX_INCREMENTAL_MS;
    const renew = () => {
      if (old) this.load(key, computeWhole).catch(() => undefined);
    };
    if (this.now() - entry.checkedAt < CACHE_FRESH_MS) {
      renew();
      return entry.value;
    }
    const current = await this.currentVersion();
    if (current === entry.version) {
      entry.checkedAt = this.now();
      renew();
      return entry.value;
    }
    const update = old ? computeWhole : compute;
    if (this.now() - entry.checkedAt < MAX_STALE_MS) {
      this.load(key, update).catch(() => undefined);
      return entry.value;
    }
    return this.load(key, update);
  }

  /**
   * A cheap value: the version is read for this request alone (a read shared with an earlier
   * request might have started before this requester's own write committed), and the value
   * is computed afresh, not shared, when the version moved or a minute has passed.
   */
  private async getStrict<T>(key: string, entry: Entry<T>, computeWhole: () => Promise<Computed<T>>): Promise<T> {
    const current = await this.readVersion();
    if (current === entry.version && this.now() - entry.computedAt < CACHE_MAX_INCREMENTAL_MS) {
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry.value;
    }
    const started = this.now();
    const computed = await computeWhole();
    if (computed.cacheable) this.store(key, this.entryOf(computed, started, started));
    else this.entries.delete(key);
    return computed.value;
  }

  /** Drops everything (tests, and after the database was replaced). */
  clear(): void {
    this.entries.clear();
  }

  /** One computation per key at a time; concurrent askers share it. */
  private load<T>(key: string, compute: () => Promise<Computed<T>>): Promise<T> {
    const running = this.computing.get(key) as Promise<T> | undefined;
    if (running) return running;
    const started = this.now();
    const previous = this.entries.get(key);
    const promise = compute()
      .then((computed) => {
        const computedAt = computed.incremental && previous ? previous.computedAt : started;
        if (computed.cacheable) this.store(key, this.entryOf(computed, started, computedAt));
        else this.entries.delete(key);
        return computed.value;
      })
      .finally(() => this.computing.delete(key));
    this.computing.set(key, promise);
    return promise;
  }

  private entryOf<T>(computed: Computed<T>, checkedAt: number, computedAt: number): Entry<T> {
    return { value: computed.value, version: computed.version, checkedAt, computedAt, strict: computed.strict ?? false };
  }

  private store(key: string, entry: Entry<unknown>): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  private currentVersion(): Promise<string> {
    this.versionRead ??= this.readVersion().finally(() => (this.versionRead = null));
    return this.versionRead;
  }
}
