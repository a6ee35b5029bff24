import { describe, expect, it } from "vitest";
import type { PartiesPoint } from "@/lib/domain/series";
import { chartSummary, timeDomain, toEpochMs, yearTicks } from "./time-axis";

// A small step series shaped like the Mine Ban Treaty's early years.
const points: PartiesPoint[] = [
  { date: "1997-12-03", statesParties: 0, signatories: 122 },
  { date: "1998-03-01", statesParties: 3, signatories: 124 },
  { date: "1999-03-01", statesParties: 65, signatories: 70 },
  { date: "1999-12-31", statesParties: 90, signatories: 45 },
  { date: "2001-06-15", statesParties: 110, signatories: 30 },
];

describe("chartSummary", () => {
  it("names the latest values and the target", () => {
    expect(chartSummary(points, "2026-11-23", { value: 130, deadline: "2020-11-25" })).toBe(
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
    const [, max] = timeDomain(points, "2026-11-23", { value: 1, deadline: "2030-01-01" });
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
