import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, addYears, format, isValid, parseISO, startOfMonth } from "date-fns";
import {
  addDaysIso,
  addMonthsIso,
  addYearsIso,
  firstDayOfNthMonthAfter,
  ISO_DATE,
  isIsoDate,
  type IsoDate,
} from "./dates";

const local = (date: IsoDate) => parseISO(date);
const iso = (date: Date) => format(date, "yyyy-MM-dd");

/** The date-fns versions: the reference for the plain-arithmetic ones. */
const referenceMonthMath = {
  isIsoDate: (value: string) =>
    ISO_DATE.test(value) && isValid(parseISO(value)) && format(parseISO(value), "yyyy-MM-dd") === value,
  firstDayOfNthMonthAfter: (date: IsoDate, months: number) => iso(addMonths(startOfMonth(local(date)), months)),
  addMonthsIso: (date: IsoDate, months: number) => iso(addMonths(local(date), months)),
  addYearsIso: (date: IsoDate, years: number) => iso(addYears(local(date), years)),
  addDaysIso: (date: IsoDate, days: number) => iso(addDays(local(date), days)),
};

const anyDate = fc.integer({ min: 0, max: 60_000 }).map((offset) => addDaysIso("1950-01-01", offset));

describe("month arithmetic", () => {
  it("agrees with date-fns on any date and month count", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 240 }), (date, months) => {
        expect(firstDayOfNthMonthAfter(date, months)).toBe(referenceMonthMath.firstDayOfNthMonthAfter(date, months));
        expect(addMonthsIso(date, months)).toBe(referenceMonthMath.addMonthsIso(date, months));
      }),
    );
  });

  it("adds and subtracts years as date-fns does, 29 February included", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -30, max: 30 }), (date, years) => {
        expect(addYearsIso(date, years)).toBe(referenceMonthMath.addYearsIso(date, years));
      }),
    );
    expect(addYearsIso("2020-02-29", 1)).toBe("2021-02-28");
  });
});

describe("day arithmetic", () => {
  it("agrees with date-fns on any date and day count, across leap days and DST changes", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -4000, max: 4000 }), (date, days) => {
        expect(addDaysIso(date, days)).toBe(referenceMonthMath.addDaysIso(date, days));
      }),
      { numRuns: 2000 },
    );
    expect(addDaysIso("2020-03-01", -1)).toBe("2020-02-29");
  });
});

describe("isIsoDate", () => {
  it.each(["2020-02-29", "2026-11-23"])("accepts %s", (value) => expect(isIsoDate(value)).toBe(true));
  it.each(["2021-02-29", "2020-13-01", "2020-00-10", "2020-04-31", "2020-8-6", "06/08/2020", ""])(
    "rejects %s",
    (value) => expect(isIsoDate(value)).toBe(false),
  );

  it("agrees with date-fns on any YYYY-MM-DD string from year 1000", () => {
    const digits = (n: number, min: number, max: number) =>
      fc.integer({ min, max }).map((v) => String(v).padStart(n, "0"));
    fc.assert(
      fc.property(digits(4, 1000, 9999), digits(2, 0, 13), digits(2, 0, 32), (year, month, day) => {
        const value = `${year}-${month}-${day}`;
        expect(isIsoDate(value)).toBe(referenceMonthMath.isIsoDate(value));
      }),
      { numRuns: 2000 },
    );
  });
});
