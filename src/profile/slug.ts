import type { EntityManager } from 'typeorm';

const NORWEGIAN: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', Æ: 'ae', Ø: 'o', Å: 'a' };
const MAX_SLUG_LENGTH = 60;
export const FALLBACK_SLUG = 'forsker';

/** "Åse Ødegård-Lien" → "ase-odegard-lien": readable in a URL, the way Norwegians transliterate. */
export function slugify(text: string): string {
  const slug = text
    .replace(/[æøåÆØÅ]/g, (c) => NORWEGIAN[c])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, '');
  return slug || FALLBACK_SLUG;
}

/**
 * A slug for the name that no other profile has: the plain one if free, else the first free
 * "-2", "-3", ... suffix. The unique index still decides under races; callers retry.
 */
export async function uniqueSlug(
  manager: EntityManager,
  givenName: string,
  familyName: string,
  exceptResearcherId: string | null = null,
): Promise<string> {
  const base = slugify(`${givenName} ${familyName}`);
  const rows: Array<{ slug: string }> = await manager.query(
    `SELECT slug FROM researcher
      WHERE (slug = $1 OR slug LIKE $2) AND ($3::uuid IS NULL OR id <> $3::uuid)`,
    [base, `${base}-%`, exceptResearcherId],
  );
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
