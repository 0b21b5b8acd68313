// The calendar checks as they were before issue 18, item 4 (a regex and a Date per call). The
// tests compare src/internal/calendar.ts with them, exhaustively over a range of years.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a real calendar date `YYYY-MM-DD`, or `undefined`. */
export function referenceDayNumberOf(text: string): number | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return undefined;
  const back = new Date(0);
  back.setUTCFullYear(year, month - 1, day);
  const ms = back.getTime();
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return undefined;
  }
  return ms / MS_PER_DAY;
}

/** Days since 1970-01-01 of a day `YYYY-MM-DD` or of the last day of a month `YYYY-MM`, or `undefined`. */
export function referenceAsOfDayNumberOf(text: string): number | undefined {
  const match = ISO_MONTH.exec(text);
  if (!match) return referenceDayNumberOf(text);
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  const back = new Date(0);
  back.setUTCFullYear(year, month, 0);
  return back.getTime() / MS_PER_DAY;
}
