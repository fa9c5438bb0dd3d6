const OSLO_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Norway as YYYY-MM-DD: memberships begin and end on Norwegian calendar days. */
export const osloToday = (now: Date = new Date()): string => OSLO_DATE.format(now);

export const OPEN_MEMBERSHIP_INDEX = 'UQ_network_membership_open';
