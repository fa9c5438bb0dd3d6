import type { EntityManager } from 'typeorm';
import { slugify } from '../common/text/slugify';

export const FALLBACK_SLUG = 'forsker';

/** The profile's URL slug for a name; "forsker" when the name has no letter to keep. */
export function profileSlug(text: string): string {
  return slugify(text) || FALLBACK_SLUG;
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
  const base = profileSlug(`${givenName} ${familyName}`);
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
