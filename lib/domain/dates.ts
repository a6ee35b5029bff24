// Calendar dates as ISO strings ("2020-08-06"): treaty law counts whole days,
// with no time zone, and ISO strings compare correctly as plain strings.
import { addDays, addMonths, addYears, format, isValid, parseISO, startOfMonth } from "date-fns";

export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && isValid(parseISO(value)) && format(parseISO(value), "yyyy-MM-dd") === value;
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

const local = (date: IsoDate) => parseISO(date);
const iso = (date: Date) => format(date, "yyyy-MM-dd");

// The two month functions below run for every action when a treaty's history is
// rebuilt (tens of thousands of times), so they do plain arithmetic on the
// string instead of parsing; date-fns remains the reference they are tested against.
const pad = (value: number, width = 2) => String(value).padStart(width, "0");

function shiftMonth(date: IsoDate, months: number): { year: number; month: number } {
  const index = Number(date.slice(0, 4)) * 12 + (Number(date.slice(5, 7)) - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
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

/** The date-fns versions, kept as the reference for the property test. */
export const referenceMonthMath = {
  firstDayOfNthMonthAfter: (date: IsoDate, months: number) => iso(addMonths(startOfMonth(local(date)), months)),
  addMonthsIso: (date: IsoDate, months: number) => iso(addMonths(local(date), months)),
};

export function addYearsIso(date: IsoDate, years: number): IsoDate {
  return iso(addYears(local(date), years));
}

export function addDaysIso(date: IsoDate, days: number): IsoDate {
  return iso(addDays(local(date), days));
}

export function maxIso(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}
