// Everything the site says about a target's progress, in one place: the
// progress bar, the chart's table and the home cards all read these sentences,
// which all read the one TargetProgress computed by lib/domain/progress.ts.
import type { TargetProgress } from "../domain/progress";
import type { TargetView } from "../domain/treaty-snapshot";
import { formatDate } from "../format";

/** "22 to go to reach 130 by 25 Nov 2020" before the deadline; "110 on 25 Nov 2020: 20 short of 130" after. */
export function targetGapSentence({ value, deadline, progress }: TargetView): string {
  const { standing } = progress;
  if (!standing.deadlinePassed) {
    return `${standing.value} States Parties: ${standing.short} to go to reach ${value} by ${formatDate(deadline)}.`;
  }
  const outcome = standing.short > 0 ? `${standing.short} short of ${value}` : `target of ${value} met`;
  return `${standing.value} States Parties on ${formatDate(deadline)}: ${outcome}.`;
}

/** How long the rest would take at the recent pace, or when the target was reached. */
export function targetProjectionSentence({ projection }: TargetProgress): string {
  if (projection.kind === "reached") return `Reached on ${formatDate(projection.on)}.`;
  const pace = `${projection.perYear.toFixed(1)} a year over the last ${projection.paceYears} years`;
  if (projection.kind === "not-at-this-pace") return `At the pace of ${pace}, not at this pace.`;
  const years = Math.round(projection.yearsNeeded);
  const duration = projection.yearsNeeded < 1 ? "less than a year" : `about ${years} year${years === 1 ? "" : "s"}`;
  return `At the pace of ${pace}, the rest would take ${duration}.`;
}

/** One line for a chart's table: "Target: 130 by 25 Nov 2020; reached: 110 (20 short)". */
export function targetSummaryLine({ value, deadline, progress }: TargetView): string {
  const { standing } = progress;
  const goal = `Target: ${value} by ${formatDate(deadline)}`;
  const gap = standing.short > 0 ? `${standing.short} ${standing.deadlinePassed ? "short" : "to go"}` : "met";
  if (standing.deadlinePassed) return `${goal}; reached: ${standing.value} (${gap})`;
  return `${goal}; so far: ${standing.value} on ${formatDate(standing.measuredOn)} (${gap})`;
}
