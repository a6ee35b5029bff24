import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDaysIso, addYearsIso } from "./dates";
import { firstDayLookingBackTo, periodContaining, turningPoints } from "./periods";
import { CCM_RULES } from "./test-support";

describe("firstDayLookingBackTo", () => {
  it("is the first day whose look-back reaches the date, 29 February included", () => {
    expect(firstDayLookingBackTo("2015-06-10", 5)).toBe("2020-06-10");
    // 2021-02-28 looks back to 2016-02-28, one day short of 29 Feb.
    expect(firstDayLookingBackTo("2016-02-29", 5)).toBe("2021-03-01");
  });

  it("agrees with the look-back for any date", () => {
    const day = fc.integer({ min: 0, max: 15000 }).map((n) => addDaysIso("1990-01-01", n));
    fc.assert(
      fc.property(day, (date) => {
        const first = firstDayLookingBackTo(date, 5);
        expect(addYearsIso(first, -5) >= date).toBe(true);
        expect(addYearsIso(addDaysIso(first, -1), -5) < date).toBe(true);
      }),
    );
  });
});

describe("periodContaining", () => {
  const points = ["2008-12-03", "2010-08-01", "2020-08-06"];

  it("runs from a turning point to the day before the next; the last one is open-ended", () => {
    expect(periodContaining(points, "2008-12-03")).toEqual({ from: "2008-12-03", until: "2010-07-31" });
    expect(periodContaining(points, "2010-07-31")).toEqual({ from: "2008-12-03", until: "2010-07-31" });
    expect(periodContaining(points, "2015-01-01")).toEqual({ from: "2010-08-01", until: "2020-08-05" });
    expect(periodContaining(points, "2026-11-23")).toEqual({ from: "2020-08-06", until: null });
  });

  it("has no period before the first turning point", () => {
    expect(periodContaining(points, "2008-12-02")).toBeNull();
    expect(periodContaining([], "2020-01-01")).toBeNull();
  });
});

describe("turningPoints", () => {
  const timeline = { stateIso3: "NIU", signedOn: null, participations: [{ consentType: "accession" as const, consentOn: "2020-08-06", entryIntoForceOn: "2021-02-01", withdrawalNoticeOn: null, withdrawalEffectiveOn: null }], annotations: [] };
  const series = [{ date: "2020-08-06", statesParties: 1, signatories: 0, notParty: 0, withdrawn: 0, total: 1 }];
  const points = turningPoints({ rules: CCM_RULES, timelines: [timeline], series: [series], targetDeadlines: ["2020-11-25"], paceYears: 5, lastDay: "2026-12-31" });

  it("has the treaty's dates, every timeline date, deadlines, pace look-backs and each 1 January, sorted and unique", () => {
    for (const day of ["2008-12-03", "2010-08-01", "2020-08-06", "2021-02-01", "2020-11-25", "2025-08-06", "2009-01-01", "2026-01-01"]) expect(points).toContain(day);
    expect([...points].sort()).toEqual(points);
    expect(new Set(points).size).toBe(points.length);
  });

  it("keeps nothing before the opening or after the last day", () => {
    expect(points[0]).toBe("2008-12-03");
    expect(points.at(-1)).toBe("2026-01-01");
  });
});
