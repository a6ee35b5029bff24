// Targets beyond membership: "no State Party with clearance obligations
// remaining by 2025" (Oslo Action Plan). Measured on the obligation series
// (obligation-summary.ts): the States Parties not known to have completed,
// against a goal to come down to by a deadline.
import type { IsoDate } from "./dates";
import type { SourcedObligation } from "./obligation-events";
import { obligationPointOn, type ObligationSeriesPoint } from "./obligation-summary";

const OBLIGATION_METRICS: Record<string, SourcedObligation> = {
  clearance_obligations_remaining: "clearance",
  stockpile_obligations_remaining: "stockpile_destruction",
};

/** The obligation a target's metric counts, or null for a membership target. */
export function obligationOfMetric(metric: string): SourcedObligation | null {
  return OBLIGATION_METRICS[metric] ?? null;
}

export type ObligationTargetProgress = {
  kind: SourcedObligation;
  /** The most States Parties with the obligation remaining the target allows (0: all done). */
  goal: number;
  deadline: IsoDate;
  deadlinePassed: boolean;
  /** The deadline once passed, else asOf. */
  measuredOn: IsoDate;
  /** Remaining on measuredOn, and how many more completions the goal needed (0 once met). */
  remaining: number;
  toGo: number;
  /** Completed on measuredOn: with remaining, the States Parties the obligation ever bound. */
  completed: number;
  /** First day the goal was met, up to asOf. */
  metOn: IsoDate | null;
  remainingAsOf: number;
};

export function obligationTargetProgress(
  kind: SourcedObligation,
  series: readonly ObligationSeriesPoint[],
  target: { value: number; deadline: IsoDate },
  asOf: IsoDate,
): ObligationTargetProgress {
  const deadlinePassed = target.deadline <= asOf;
  const measuredOn = deadlinePassed ? target.deadline : asOf;
  const point = obligationPointOn(series, measuredOn);
  // Met only once some State Party had the obligation: an empty series meets nothing.
  const met = series.find((p) => p.date <= asOf && p.remaining <= target.value && p.completed > 0);
  return {
    kind,
    goal: target.value,
    deadline: target.deadline,
    deadlinePassed,
    measuredOn,
    remaining: point.remaining,
    toGo: Math.max(0, point.remaining - target.value),
    completed: point.completed,
    metOn: met?.date ?? null,
    remainingAsOf: obligationPointOn(series, asOf).remaining,
  };
}
