// A snapshot date as a JavaScript Date for the charts, in UTC so no time zone shifts a point to
// another day: `YYYY-MM-DD` is that day; a month `YYYY-MM` is its last day, as the library
// places a monthly figure (the membership as it stood when the month closed).
export function asOfDate(asOf: string): Date {
  const [year = 1970, month = 1, day] = asOf.split('-').map(Number);
  return day === undefined ? new Date(Date.UTC(year, month, 0)) : new Date(Date.UTC(year, month - 1, day));
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
