/** "førsteamanuensis, OsloMet" → "Førsteamanuensis, OsloMet": titles are lower case in Norwegian, but a line starts with a capital. */
export function byline(title: string | null | undefined, organization: string | null | undefined): string {
  const text = [title, organization].filter(Boolean).join(', ');
  return text.charAt(0).toLocaleUpperCase('nb') + text.slice(1);
}
