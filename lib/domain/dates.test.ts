import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDaysIso, addMonthsIso, firstDayOfNthMonthAfter, isIsoDate, referenceMonthMath } from "./dates";

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
});

describe("isIsoDate", () => {
  it.each(["2020-02-29", "2026-11-23"])("accepts %s", (value) => expect(isIsoDate(value)).toBe(true));
  it.each(["2021-02-29", "2020-13-01", "2020-8-6", "06/08/2020", ""])("rejects %s", (value) => expect(isIsoDate(value)).toBe(false));
});
