// A snapshot date as a JavaScript Date for the charts: `YYYY-MM-DD` is that day, a month
// `YYYY-MM` its first day, both in UTC so no time zone shifts a point to another day.
export function asOfDate(asOf: string): Date {
  const [year, month = 1, day = 1] = asOf.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, month - 1, day));
}

const DAY_MS = 86_400_000;

/** The day `days` after `date`. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Days from `from` to `to`. */
export function daysBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / DAY_MS;
}
