import { describe, expect, it } from "vitest";
import { obligationTargetProgress } from "../domain/obligation-target";
import type { ObligationTargetView } from "../domain/treaty-snapshot";
import { obligationTargetSentence } from "./obligation-target-wording";

const target = { value: 0, deadline: "2025-12-31" };
const view = (
  asOf: string,
  series: { date: string; completed: number; remaining: number }[],
): ObligationTargetView => ({
  slug: "mine-free-2025",
  label: "Mine-free by 2025",
  metric: "clearance_obligations_remaining",
  value: 0,
  deadline: "2025-12-31",
  source: "test",
  progress: obligationTargetProgress("clearance", series, target, asOf),
});

describe("obligationTargetSentence", () => {
  it("claims nothing before any obligation is sourced", () => {
    expect(obligationTargetSentence(view("1998-06-01", []))).toBe(
      "No State Party's clearance obligations sourced here by 1 Jun 1998: nothing to measure yet.",
    );
  });

  it("says how many more must complete before the deadline, and the outcome after it", () => {
    const series = [
      { date: "2010-01-01", completed: 10, remaining: 40 },
      { date: "2024-01-01", completed: 30, remaining: 33 },
    ];
    expect(obligationTargetSentence(view("2020-11-20", series))).toBe(
      "40 States Parties with clearance obligations remaining on 20 Nov 2020: 40 more must complete to reach 0 by 31 Dec 2025.",
    );
    expect(obligationTargetSentence(view("2026-06-01", series))).toBe(
      "33 States Parties with clearance obligations remaining on 31 Dec 2025: goal of 0 not met (33 too many).",
    );
  });
});
