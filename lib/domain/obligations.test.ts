import { describe, expect, it } from "vitest";
import { obligationDeadlines, type ObligationRule } from "./obligations";

const mbtRules: ObligationRule[] = [
  { kind: "stockpile_destruction", periodYears: 4, periodDays: null, article: "Art. 4" },
  { kind: "clearance", periodYears: 10, periodDays: null, article: "Art. 5" },
  { kind: "initial_report", periodYears: null, periodDays: 180, article: "Art. 7" },
];

describe("obligationDeadlines", () => {
  it("runs each deadline from entry into force (South Sudan: clearance due 9 Jul 2021)", () => {
    const deadlines = obligationDeadlines("2011-07-09", mbtRules, [], "2020-01-01");
    expect(deadlines.map((d) => [d.kind, d.deadline])).toEqual([
      ["stockpile_destruction", "2015-07-09"],
      ["clearance", "2021-07-09"],
      ["initial_report", "2012-01-05"],
    ]);
    expect(deadlines.map((d) => d.status)).toEqual(["overdue", "due", "overdue"]);
  });

  it("takes extensions and completion from the records", () => {
    const [, clearance] = obligationDeadlines(
      "2011-07-09",
      mbtRules,
      [{ kind: "clearance", extendedTo: "2026-07-09", completedOn: null, source: "MSP decision" }],
      "2022-01-01",
    );
    expect(clearance).toMatchObject({
      deadline: "2026-07-09",
      originalDeadline: "2021-07-09",
      extended: true,
      status: "due",
      source: "MSP decision",
    });
    const [stockpile] = obligationDeadlines(
      "2011-07-09",
      mbtRules,
      [{ kind: "stockpile_destruction", extendedTo: null, completedOn: "2014-01-01", source: "Art. 7 report" }],
      "2022-01-01",
    );
    expect(stockpile).toMatchObject({ status: "completed", completedOn: "2014-01-01" });
  });
});
