/** Where to go after signing in: only a path on this site (never another host), else my profile. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/min-profil';
}
