import { describe, expect, it } from "vitest";
import { initialReportDeadline, type ObligationRule } from "./obligations";

const mbtRules: ObligationRule[] = [
  { kind: "stockpile_destruction", periodYears: 4, periodDays: null, article: "Art. 4" },
  { kind: "clearance", periodYears: 10, periodDays: null, article: "Art. 5" },
  { kind: "initial_report", periodYears: null, periodDays: 180, article: "Art. 7" },
];

describe("initialReportDeadline", () => {
  it("is 180 days after entry into force (South Sudan, in force 9 Jul 2011: 5 Jan 2012)", () => {
    expect(initialReportDeadline("2011-07-09", mbtRules)).toBe("2012-01-05");
  });

  it("is null when the treaty sets no report", () => {
    expect(initialReportDeadline("2011-07-09", mbtRules.slice(0, 2))).toBeNull();
  });
});
