import { describe, expect, it } from "vitest";
import { isInPeriod, periodAsKnownOn, periodContaining, turningPoints } from "./periods";
import { CCM_RULES } from "./test-support";

describe("periodContaining", () => {
  const points = ["2008-12-03", "2010-08-01", "2020-08-06"];

  it("runs from a turning point to the day before the next; the last one is open-ended", () => {
    expect(periodContaining(points, "2008-12-03")).toEqual({ from: "2008-12-03", until: "2010-07-31" });
    expect(periodContaining(points, "2010-07-31")).toEqual({ from: "2008-12-03", until: "2010-07-31" });
    expect(periodContaining(points, "2015-01-01")).toEqual({ from: "2010-08-01", until: "2020-08-05" });
    expect(periodContaining(points, "2026-11-23")).toEqual({ from: "2020-08-06", until: null });
  });

  it("is open-ended as far as anyone can say while today is in it", () => {
    const period = { from: "2026-02-20", until: "2026-12-31" };
    expect(periodAsKnownOn(period, "2026-11-23")).toEqual({ from: "2026-02-20", until: null });
    expect(periodAsKnownOn(period, "2027-01-02")).toEqual(period);
    expect(periodAsKnownOn(period, "2026-01-01")).toEqual(period);
    expect(isInPeriod("2026-12-31", period)).toBe(true);
    expect(isInPeriod("2027-01-01", period)).toBe(false);
  });

  it("has no period before the first turning point", () => {
    expect(periodContaining(points, "2008-12-02")).toBeNull();
    expect(periodContaining([], "2020-01-01")).toBeNull();
  });
});

describe("turningPoints", () => {
  const timeline = {
    stateIso3: "NIU",
    signedOn: null,
    participations: [
      {
        consentType: "accession" as const,
        consentOn: "2020-08-06",
        entryIntoForceOn: "2021-02-01",
        withdrawalNoticeOn: null,
        withdrawalEffectiveOn: null,
      },
    ],
    annotations: [],
  };
  const series = [{ date: "2020-08-06", statesParties: 1, signatories: 0, notParty: 0, withdrawn: 0, total: 1 }];
  const inputs = {
    rules: CCM_RULES,
    timelines: [timeline],
    targets: [{ deadline: "2020-11-25", series }],
    lastDay: "2026-12-31",
  };
  const points = turningPoints({ ...inputs, counting: "in-force" });

  it("has the treaty's dates, timeline dates, deadlines, target series and each 1 January, sorted and unique", () => {
    for (const day of [
      "2008-12-03",
      "2010-08-01",
      "2020-08-06",
      "2021-02-01",
      "2020-11-25",
      "2009-01-01",
      "2026-01-01",
    ])
      expect(points).toContain(day);
    expect([...points].sort()).toEqual(points);
    expect(new Set(points).size).toBe(points.length);
  });

  it("leaves out entry into force when counting from deposit: it changes nothing shown then", () => {
    expect(turningPoints({ ...inputs, counting: "deposit" })).not.toContain("2021-02-01");
    const inForceTarget = [{ deadline: "2020-11-25", series: [{ ...series[0]!, date: "2021-02-01" }] }];
    expect(turningPoints({ ...inputs, counting: "deposit", targets: inForceTarget })).toContain("2021-02-01");
  });

  it("keeps nothing before the opening or after the last day", () => {
    expect(points[0]).toBe("2008-12-03");
    expect(points.at(-1)).toBe("2026-01-01");
  });
});
