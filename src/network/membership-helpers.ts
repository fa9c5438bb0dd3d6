import { QueryFailedError } from 'typeorm';

const OSLO_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Norway as YYYY-MM-DD: memberships begin and end on Norwegian calendar days. */
export const osloToday = (now: Date = new Date()): string => OSLO_DATE.format(now);

/** Whether a database error is a unique violation (of the given index or constraint, when named). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = (error as QueryFailedError & { driverError?: { code?: string; constraint?: string } }).driverError;
  return driverError?.code === '23505' && (constraint === undefined || driverError.constraint === constraint);
}

export const OPEN_MEMBERSHIP_INDEX = 'UQ_network_membership_open';
