/**
 * Days in the year behind every per-year rate (pace, compound growth): the Julian year.
 * Any four consecutive calendar years from 1901 to 2099 hold exactly 4 * 365.25 days, so a
 * span of whole calendar years measures as whole years whichever of them is the leap year.
 */
export const DAYS_PER_YEAR: number = 365.25;

/** Days in the month behind every per-month rate: a twelfth of {@link DAYS_PER_YEAR}, 30.4375. */
export const DAYS_PER_MONTH: number = DAYS_PER_YEAR / 12;

/** The day number (days since 1970-01-01) of 9999-12-31, the last date `YYYY-MM-DD` can write. */
export const LAST_ISO_DAY: number = 2_932_896; // Date.UTC(9999, 11, 31) / 86 400 000, as a literal so bundlers can drop it
