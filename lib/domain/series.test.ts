import { describe, expect, it } from "vitest";
import { extendToAsOf, valueAt, yearlyRows, type PartiesPoint } from "./series";

// A small step series shaped like the Mine Ban Treaty's early years.
const points: PartiesPoint[] = [
  { date: "1997-12-03", statesParties: 0, signatories: 122 },
  { date: "1998-03-01", statesParties: 3, signatories: 124 },
  { date: "1999-03-01", statesParties: 65, signatories: 70 },
  { date: "1999-12-31", statesParties: 90, signatories: 45 },
  { date: "2001-06-15", statesParties: 110, signatories: 30 },
];

describe("valueAt", () => {
  it("is zero before the first change", () => {
    expect(valueAt(points, "1997-12-02")).toEqual({ statesParties: 0, signatories: 0 });
  });

  it("includes a change dated that very day", () => {
    expect(valueAt(points, "1999-03-01")).toEqual({ statesParties: 65, signatories: 70 });
  });

  it("holds the last value until the next change", () => {
    expect(valueAt(points, "1999-02-28")).toEqual({ statesParties: 3, signatories: 124 });
    expect(valueAt(points, "2030-01-01")).toEqual({ statesParties: 110, signatories: 30 });
  });

  it("is zero for an empty series", () => {
    expect(valueAt([], "2000-01-01")).toEqual({ statesParties: 0, signatories: 0 });
  });
});

describe("extendToAsOf", () => {
  it("appends a closing point at asOf with the last values", () => {
    const extended = extendToAsOf(points, "2026-11-23");
    expect(extended).toHaveLength(points.length + 1);
    expect(extended.at(-1)).toEqual({ date: "2026-11-23", statesParties: 110, signatories: 30 });
  });

  it("does not duplicate a point already dated asOf", () => {
    expect(extendToAsOf(points, "2001-06-15")).toEqual(points);
  });

  it("drops changes after a past asOf", () => {
    expect(extendToAsOf(points, "1999-06-30")).toEqual([
      points[0],
      points[1],
      points[2],
      { date: "1999-06-30", statesParties: 65, signatories: 70 },
    ]);
  });

  it("is empty when asOf comes before the first change", () => {
    expect(extendToAsOf(points, "1990-01-01")).toEqual([]);
  });

  it("leaves its input alone", () => {
    const copy = structuredClone(points);
    extendToAsOf(points, "2026-11-23");
    expect(points).toEqual(copy);
  });
});

describe("yearlyRows", () => {
  it("gives one row per year, taken on 31 December, and stops at asOf in the last year", () => {
    expect(yearlyRows(points, "2002-05-01")).toEqual([
      { year: 1997, date: "1997-12-31", partial: false, statesParties: 0, signatories: 122 },
      { year: 1998, date: "1998-12-31", partial: false, statesParties: 3, signatories: 124 },
      // The change on 31 December itself counts for that year.
      { year: 1999, date: "1999-12-31", partial: false, statesParties: 90, signatories: 45 },
      // A year with no change repeats the previous value.
      { year: 2000, date: "2000-12-31", partial: false, statesParties: 90, signatories: 45 },
      { year: 2001, date: "2001-12-31", partial: false, statesParties: 110, signatories: 30 },
      { year: 2002, date: "2002-05-01", partial: true, statesParties: 110, signatories: 30 },
    ]);
  });

  it("ignores changes after asOf", () => {
    const rows = yearlyRows(points, "1999-06-30");
    expect(rows.map((row) => row.year)).toEqual([1997, 1998, 1999]);
    expect(rows.at(-1)).toMatchObject({ date: "1999-06-30", partial: true, statesParties: 65 });
  });

  it("treats asOf on 31 December as a full year", () => {
    expect(yearlyRows(points, "2000-12-31").at(-1)).toMatchObject({ year: 2000, partial: false });
  });

  it("is empty with no points, or asOf before the first", () => {
    expect(yearlyRows([], "2020-01-01")).toEqual([]);
    expect(yearlyRows(points, "1997-01-01")).toEqual([]);
  });
});
