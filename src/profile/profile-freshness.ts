/** Unconfirmed this long, a profile says so publicly and ranks lower in search. */
export const STALE_AFTER_MONTHS = 13;

/** When the owner last said the profile is current: confirmed, else published. */
export function lastConfirmed(profile: { confirmedAt: Date | null; publishedAt: Date | null; createdAt: Date }): Date {
  return profile.confirmedAt ?? profile.publishedAt ?? profile.createdAt;
}

export function isStale(lastConfirmedAt: Date, now = new Date()): boolean {
  const limit = new Date(now);
  limit.setMonth(limit.getMonth() - STALE_AFTER_MONTHS);
  return lastConfirmedAt < limit;
}
