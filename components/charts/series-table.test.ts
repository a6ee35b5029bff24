import { describe, expect, it } from "vitest";
import {
  chartSummary,
  describeTarget,
  extendToAsOf,
  targetStatus,
  timeDomain,
  toEpochMs,
  valueAt,
  yearlyRows,
  yearTicks,
  type PartiesPoint,
} from "./series-table";

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

describe("targetStatus and describeTarget", () => {
  const target = { value: 130, deadline: "2000-11-25", label: "Target: 130" };
  // The target's own count, as the page's TargetProgress gives it (here from the same points).
  const reached = (t: { deadline: string }, asOf: string) => ({
    valueOnDeadline: valueAt(points, t.deadline).statesParties,
    valueAsOf: valueAt(points, asOf).statesParties,
  });

  it("measures a passed deadline at the deadline, not at asOf", () => {
    const status = targetStatus(target, reached(target, "2026-11-23"), "2026-11-23");
    expect(status).toMatchObject({ deadlinePassed: true, measuredOn: "2000-11-25", reached: 90, short: 40 });
    expect(describeTarget(status)).toBe("Target: 130 by 25 Nov 2000; reached: 90 (40 short)");
  });

  it("says when a target was met", () => {
    const met = { ...target, value: 100, deadline: "2001-06-15" };
    const status = targetStatus(met, reached(met, "2026-11-23"), "2026-11-23");
    expect(status.short).toBe(0);
    expect(describeTarget(status)).toBe("Target: 100 by 15 Jun 2001; reached: 110 (met)");
  });

  it("reports progress so far while the deadline is ahead", () => {
    const ahead = { ...target, deadline: "2030-12-31" };
    const status = targetStatus(ahead, reached(ahead, "2026-11-23"), "2026-11-23");
    expect(status).toMatchObject({ deadlinePassed: false, measuredOn: "2026-11-23", reached: 110, short: 20 });
    expect(describeTarget(status)).toBe("Target: 130 by 31 Dec 2030; so far: 110 on 23 Nov 2026 (20 to go)");
  });
});

describe("chartSummary", () => {
  it("names the latest values and the target", () => {
    expect(chartSummary(points, "2026-11-23", { value: 130, deadline: "2020-11-25", label: "x" })).toBe(
      "States Parties over time: 110 on 23 Nov 2026; signatories: 30; target 130 by 25 Nov 2020",
    );
  });

  it("leaves the target out when there is none", () => {
    expect(chartSummary(points, "1998-06-01", null)).toBe(
      "States Parties over time: 3 on 1 Jun 1998; signatories: 124",
    );
  });
});

describe("timeDomain", () => {
  it("runs from the first point to asOf", () => {
    expect(timeDomain(points, "2026-11-23", null)).toEqual([toEpochMs("1997-12-03"), toEpochMs("2026-11-23")]);
  });

  it("widens to take in a deadline after asOf", () => {
    const [, max] = timeDomain(points, "2026-11-23", { value: 1, deadline: "2030-01-01", label: "" });
    expect(max).toBe(toEpochMs("2030-01-01"));
  });

  it("is never zero-width", () => {
    const [min, max] = timeDomain([{ date: "2020-01-01", statesParties: 1, signatories: 0 }], "2020-01-01", null);
    expect(max).toBeGreaterThan(min);
  });
});

describe("yearTicks", () => {
  const years = (ticks: number[]) => ticks.map((ms) => new Date(ms).getUTCFullYear());

  it("puts a tick on 1 January of each year when there are few", () => {
    const ticks = yearTicks([toEpochMs("2018-05-30"), toEpochMs("2022-03-01")]);
    expect(years(ticks)).toEqual([2019, 2020, 2021, 2022]);
    expect(ticks[0]).toBe(toEpochMs("2019-01-01"));
  });

  it("includes the first day when it is 1 January", () => {
    expect(years(yearTicks([toEpochMs("2019-01-01"), toEpochMs("2020-06-01")]))).toEqual([2019, 2020]);
  });

  it("thins a long history to round years", () => {
    expect(years(yearTicks([toEpochMs("1997-12-03"), toEpochMs("2026-11-23")]))).toEqual([
      2000, 2005, 2010, 2015, 2020, 2025,
    ]);
  });

  it("never exceeds maxTicks", () => {
    for (let span = 1; span < 120; span++) {
      const ticks = yearTicks([toEpochMs("1950-06-01"), toEpochMs(`${1950 + span}-06-01`)], 6);
      expect(ticks.length).toBeLessThanOrEqual(6);
      expect(ticks.length).toBeGreaterThan(0);
    }
  });
});
