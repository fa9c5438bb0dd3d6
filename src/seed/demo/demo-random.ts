/**
 * Seeded randomness for the demo generator: a hash, a small PRNG, a keyed bijection and
 * the draws built on them. Nothing here may change behaviour, or a seed no longer gives
 * the same researchers.
 */
/** 32-bit finaliser (murmur3 fmix32). */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function hash2(a: number, b: number): number {
  return fmix32(Math.imul(a ^ 0x9e3779b9, 0x27d4eb2f) ^ fmix32(b + 0x165667b1));
}

/** Seed → 32-bit key, index (any safe integer) → 32-bit stream seed. */
export function streamSeed(seed: number, index: number): number {
  const lo = index >>> 0;
  const hi = Math.floor(index / 0x100000000) >>> 0;
  return hash2(hash2(seed >>> 0, hi), lo);
}

export type Rng = () => number;

/** mulberry32: tiny, fast, good enough for demo data. Returns floats in [0, 1). */
export function mulberry32(state: number): Rng {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Keyed bijection on [0, a·b) — an unbalanced Feistel network with an even number of
 * rounds. Used to turn an index into a scrambled-looking but collision-free code.
 */
export function permute(x: number, a: number, b: number, key: number, rounds = 4): number {
  let hiPart = Math.floor(x / b);
  let loPart = x % b;
  let modHi = a;
  let modLo = b;
  for (let r = 0; r < rounds; r++) {
    hiPart = (hiPart + (hash2(key + r * 0x632be5ab, loPart) % modHi)) % modHi;
    const t = hiPart;
    hiPart = loPart;
    loPart = t;
    const m = modHi;
    modHi = modLo;
    modLo = m;
  }
  return hiPart * modLo + loPart;
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

export function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

export interface Weighted<T> {
  values: readonly T[];
  cumulative: readonly number[];
  total: number;
}

export function weighted<T>(pairs: readonly (readonly [T, number])[]): Weighted<T> {
  const values: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [value, w] of pairs) {
    total += w;
    values.push(value);
    cumulative.push(total);
  }
  return { values, cumulative, total };
}

export function draw<T>(rng: Rng, w: Weighted<T>): T {
  const x = rng() * w.total;
  const c = w.cumulative;
  for (let i = 0; i < c.length; i++) {
    if (x < (c[i] as number)) return w.values[i] as T;
  }
  return w.values[w.values.length - 1] as T;
}

export function pushUnique<T>(items: T[], item: T): void {
  if (!items.includes(item)) items.push(item);
}

/** k distinct items (k ≤ items.length), in random order. */
export function sample<T>(rng: Rng, items: readonly T[], k: number): T[] {
  const n = Math.min(k, items.length);
  if (n * 3 <= items.length) {
    // Few from many: draw indices and skip repeats (no copy of the source array).
    const picked: number[] = [];
    while (picked.length < n) {
      const i = Math.floor(rng() * items.length);
      if (!picked.includes(i)) picked.push(i);
    }
    return picked.map((i) => items[i] as T);
  }
  const copy = items.slice();
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rng() * (copy.length - i));
    const t = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = t;
  }
  return n === copy.length ? copy : copy.slice(0, n);
}
