import { describe, expect, it } from "vitest";
import { targetProgress } from "../domain/progress";
import type { SeriesPoint } from "../domain/series";
import type { TargetView } from "../domain/treaty-snapshot";
import { targetGapSentence, targetProjectionSentence, targetSummaryLine } from "./target-wording";

const point = (date: string, statesParties: number): SeriesPoint => ({
  date,
  statesParties,
  signatories: 0,
  notParty: 197 - statesParties,
  withdrawn: 0,
  total: 197,
});
// Shaped like the CCM in 2020: 108 States Parties, Niue the 109th on 6 Aug, Saint Lucia the 110th in September.
const series = [point("2015-01-01", 98), point("2019-12-31", 108), point("2020-08-06", 109), point("2020-09-15", 110)];

function target(value: number, deadline: string, asOf: string): TargetView {
  const progress = targetProgress(series, 197, { value, deadline }, asOf);
  return { slug: "t", label: "Target", metric: "states_parties_by_deposit", value, deadline, source: "test", progress };
}

describe("target wording", () => {
  it("counts down to the deadline before it passes", () => {
    const before = target(130, "2020-11-25", "2020-08-05");
    expect(targetGapSentence(before)).toBe("108 States Parties: 22 to go to reach 130 by 25 Nov 2020.");
    expect(targetSummaryLine(before)).toBe("Target: 130 by 25 Nov 2020; so far: 108 on 5 Aug 2020 (22 to go)");
  });

  it("measures a passed deadline on the deadline, not on the date shown", () => {
    const after = target(130, "2020-11-25", "2026-12-01");
    expect(targetGapSentence(after)).toBe("110 States Parties on 25 Nov 2020: 20 short of 130.");
    expect(targetSummaryLine(after)).toBe("Target: 130 by 25 Nov 2020; reached: 110 (20 short)");
  });

  it("says when a target was met", () => {
    const met = target(109, "2020-11-25", "2026-12-01");
    expect(targetGapSentence(met)).toBe("110 States Parties on 25 Nov 2020: target of 109 met.");
    expect(targetSummaryLine(met)).toBe("Target: 109 by 25 Nov 2020; reached: 110 (met)");
    expect(targetProjectionSentence(met.progress)).toBe("Reached on 6 Aug 2020.");
  });

  it("projects the rest at the pace of the last five full years", () => {
    // 2014 end: 0 points before 2015 -> 0; 2019 end: 108. Pace (108 - 0) / 5 = 21.6 a year.
    expect(targetProjectionSentence(target(130, "2030-01-01", "2020-08-05").progress)).toBe(
      "At the pace of 21.6 a year over the last 5 years, the rest would take about 1 year.",
    );
  });
});
