import { Global, Injectable, Module } from '@nestjs/common';

/**
 * Per-request batching for every nested field, so a page of results costs a fixed number of
 * queries. This layer knows no domain: each domain module adds its loaders to this interface
 * (declaration merging, in its `*.loaders.ts`) and registers a factory for each name with
 * {@link LoaderRegistry} when it starts. Resolvers read them as `ctx.loaders.<name>`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

@Injectable()
export class LoaderRegistry {
  private readonly factories = new Map<string, () => unknown>();

  register<K extends keyof Loaders>(name: K, factory: () => Loaders[K]): void {
    if (this.factories.has(name)) throw new Error(`DataLoader "${name}" is registered twice`);
    this.factories.set(name, factory);
  }

  /** A fresh set for one request; each loader is built the first time a resolver asks for it. */
  create(): Loaders {
    const loaders = {};
    for (const [name, factory] of this.factories) {
      let loader: unknown;
      Object.defineProperty(loaders, name, { enumerable: true, get: () => (loader ??= factory()) });
    }
    return loaders as Loaders;
  }
}

/** Global, so every domain module can register its loaders without importing this layer's module. */
@Global()
@Module({ providers: [LoaderRegistry], exports: [LoaderRegistry] })
export class LoaderRegistryModule {}

/** Rows in the order of `keys`, null for a key with no row. */
export function byId<T extends { id: string }>(keys: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return keys.map((k) => map.get(k) ?? null);
}

/** Rows grouped per key, in the order of `keys`. */
export function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}
