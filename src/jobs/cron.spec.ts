import { nextRun } from './cron';

describe('nextRun', () => {
  it('finds the next daily run in Norwegian time, across the change to summer time', () => {
    // 06:00 in Oslo is 05:00 UTC in winter and 04:00 UTC in summer.
    expect(nextRun('0 6 * * *', 'Europe/Oslo', new Date('2026-01-10T12:00:00Z')).toISOString()).toBe('2026-01-11T05:00:00.000Z');
    expect(nextRun('0 6 * * *', 'Europe/Oslo', new Date('2026-03-28T12:00:00Z')).toISOString()).toBe('2026-03-29T04:00:00.000Z');
  });

  it('is strictly after the given time', () => {
    expect(nextRun('*/15 * * * *', 'UTC', new Date('2026-05-01T10:15:00Z')).toISOString()).toBe('2026-05-01T10:30:00.000Z');
  });

  it('refuses an expression that is not cron', () => {
    expect(() => nextRun('every day', 'UTC', new Date())).toThrow();
  });
});
