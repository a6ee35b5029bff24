import { describe, expect, it } from "vitest";
import { targetProgress } from "./progress";
import type { SeriesPoint } from "./series";

const point = (date: string, statesParties: number): SeriesPoint => ({
  date,
  statesParties,
  signatories: 0,
  notParty: 200 - statesParties,
  withdrawn: 0,
  total: 200,
});
// 98 parties in 2014, +2 a year since.
const series = [
  point("2014-01-01", 98),
  point("2015-01-01", 100),
  point("2016-01-01", 102),
  point("2017-01-01", 104),
  point("2018-01-01", 106),
  point("2019-01-01", 108),
  point("2020-01-01", 110),
];

describe("targetProgress", () => {
  it("states the value on the deadline, the gap and the share", () => {
    const progress = targetProgress(series, 200, { value: 130, deadline: "2020-11-25" }, "2020-11-25");
    expect(progress).toMatchObject({ valueOnDeadline: 110, gapOnDeadline: 20, reachedOn: null });
    expect(progress.shareOnDeadline).toBeCloseTo(110 / 130);
  });

  it("says how many years the rest would take at the pace of the last five full years", () => {
    const { projection } = targetProgress(series, 200, { value: 130, deadline: "2020-11-25" }, "2020-06-01");
    // 2015-2019: 98 -> 108, 2 a year; 20 missing = 10 years.
    expect(projection).toEqual({ kind: "projected", yearsNeeded: 10, perYear: 2, paceYears: 5 });
  });

  it("keeps the pace of full years all year: it changes on 1 January, not day by day", () => {
    const pace = (asOf: string) => targetProgress(series, 200, { value: 130, deadline: "2030-01-01" }, asOf).projection;
    expect(pace("2019-01-01")).toEqual(pace("2019-12-31"));
    expect(pace("2020-01-01")).not.toEqual(pace("2019-12-31"));
  });

  it("says 'not at this pace' when the count did not grow", () => {
    const flat = [point("2010-01-01", 110)];
    expect(targetProgress(flat, 200, { value: 130, deadline: "2020-11-25" }, "2020-06-01").projection.kind).toBe(
      "not-at-this-pace",
    );
  });

  it("gives the first day the target was met", () => {
    expect(targetProgress(series, 200, { value: 105, deadline: "2020-01-01" }, "2020-06-01")).toMatchObject({
      reachedOn: "2018-01-01",
      gapOnDeadline: 0,
      projection: { kind: "reached", on: "2018-01-01" },
    });
  });
});
