// Calendar dates as ISO strings ("2020-08-06"): treaty law counts whole days,
// with no time zone, and ISO strings compare correctly as plain strings.
//
// The arithmetic here runs on hot paths (rebuilding every timeline, placing
// every dated link in its period), so it works on the strings or on UTC
// milliseconds instead of parsing and formatting with date-fns, which stays
// the reference each function is property-tested against (dates.test.ts; see
// bench/README.md, 2026-11-23 day arithmetic without date-fns).

export type IsoDate = string;

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD (2021-02-29 is not). Runs on every dated request, so plain arithmetic; date-fns is its reference in the tests. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(value.slice(0, 4)), month);
}

/** A database DATE arrives as a Date at UTC midnight. */
export function isoFromUtcDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function utcDateFromIso(date: IsoDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function todayIso(now: Date = new Date()): IsoDate {
  return isoFromUtcDate(now);
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

function shiftMonth(date: IsoDate, months: number): { year: number; month: number } {
  const index = Number(date.slice(0, 4)) * 12 + (Number(date.slice(5, 7)) - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Gregorian calendar, month 1-12. */
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** Art. 17: "the first day of the sixth month after" the month of deposit. */
export function firstDayOfNthMonthAfter(date: IsoDate, months: number): IsoDate {
  const { year, month } = shiftMonth(date, months);
  return `${pad(year, 4)}-${pad(month)}-01`;
}

/** Same day N months later, clamped to the month's end (31 Aug + 6 = 28/29 Feb). */
export function addMonthsIso(date: IsoDate, months: number): IsoDate {
  const { year, month } = shiftMonth(date, months);
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Same day N years later (29 Feb -> 28 Feb), as addMonthsIso. */
export function addYearsIso(date: IsoDate, years: number): IsoDate {
  return addMonthsIso(date, years * 12);
}

const DAY_MS = 86_400_000;

/** N days later (or earlier): UTC has no daylight saving, so a day is always 86,400,000 ms. */
export function addDaysIso(date: IsoDate, days: number): IsoDate {
  return isoFromUtcDate(new Date(utcDateFromIso(date).getTime() + days * DAY_MS));
}

export function maxIso(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/** Index of the last item dated on or before `date` in items sorted by date, or -1 (binary search). */
export function lastIndexOnOrBefore<T>(items: readonly T[], date: IsoDate, dateOf: (item: T) => IsoDate): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (dateOf(items[middle] as T) <= date) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
