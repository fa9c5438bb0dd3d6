import { parseExpression } from 'cron-parser';

/** The first time after `after` that a cron expression (minute hour day month weekday) names. */
export function nextRun(cron: string, timeZone: string, after: Date): Date {
  return parseExpression(cron, { currentDate: after, tz: timeZone }).next().toDate();
}
