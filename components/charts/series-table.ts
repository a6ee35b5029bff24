// Pure helpers behind the "parties over time" chart and its table alternative.
// A series is a step function: each point is a date on which a count changed,
// and its values hold until the next point. Dates are ISO "YYYY-MM-DD" strings,
// which compare correctly as plain strings.
import { utcDateFromIso } from "@/lib/domain/dates";
import { formatDate } from "@/lib/format";

export type PartiesPoint = { date: string; statesParties: number; signatories: number };
export type ChartTarget = { value: number; deadline: string; label: string };
/**
 * How far the target's own count got: from the page's TargetProgress
 * (lib/domain/progress.ts), which counts by the target's metric - deposit for
 * "130 States Parties" - whatever rule the chart's line is drawn with.
 */
export type TargetReached = { valueOnDeadline: number; valueAsOf: number };
export type Counts = { statesParties: number; signatories: number };

export type YearRow = Counts & {
  year: number;
  /** The date the row's counts are taken on: 31 December, or asOf for the current year. */
  date: string;
  /** True for the last row when it stops at asOf rather than at the end of the year. */
  partial: boolean;
};

export type TargetStatus = {
  target: ChartTarget;
  /** False while the deadline is still after asOf: then `reached` is the count so far. */
  deadlinePassed: boolean;
  /** The date `reached` is measured on: the deadline, or asOf if the deadline is still ahead. */
  measuredOn: string;
  reached: number;
  /** How many States Parties were (or are still) missing; 0 once the target is met. */
  short: number;
};

const DAY_MS = 86_400_000;

/** The chart's time axis is in milliseconds (UTC midnight of each date). */
export function toEpochMs(date: string): number {
  return utcDateFromIso(date).getTime();
}

/**
 * Counts in force on `date` (changes dated that day included). Before the first
 * point nobody had signed or joined, so the counts are zero.
 */
export function valueAt(points: readonly PartiesPoint[], date: string): Counts {
  let current: Counts = { statesParties: 0, signatories: 0 };
  for (const point of points) {
    if (point.date > date) break;
    current = { statesParties: point.statesParties, signatories: point.signatories };
  }
  return current;
}

/**
 * The series as it stood on asOf: later points are dropped (the page may show a
 * past date) and a closing point at asOf is appended, so the step line runs to
 * the right edge of the chart instead of stopping at the last change.
 */
export function extendToAsOf(points: readonly PartiesPoint[], asOf: string): PartiesPoint[] {
  const upTo = points.filter((point) => point.date <= asOf);
  const last = upTo.at(-1);
  if (last && last.date < asOf) upTo.push({ ...last, date: asOf });
  return upTo;
}

/** One row per calendar year from the first point's year to asOf's year. */
export function yearlyRows(points: readonly PartiesPoint[], asOf: string): YearRow[] {
  const first = points[0];
  if (!first || first.date > asOf) return [];
  const firstYear = Number(first.date.slice(0, 4));
  const lastYear = Number(asOf.slice(0, 4));
  const rows: YearRow[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const endOfYear = `${String(year).padStart(4, "0")}-12-31`;
    const partial = year === lastYear && asOf < endOfYear;
    const date = partial ? asOf : endOfYear;
    rows.push({ year, date, partial, ...valueAt(points, date) });
  }
  return rows;
}

/** Where a target stood on asOf: at its deadline once passed, else so far. */
export function targetStatus(target: ChartTarget, reached: TargetReached, asOf: string): TargetStatus {
  const deadlinePassed = target.deadline <= asOf;
  const measuredOn = deadlinePassed ? target.deadline : asOf;
  const value = deadlinePassed ? reached.valueOnDeadline : reached.valueAsOf;
  return { target, deadlinePassed, measuredOn, reached: value, short: Math.max(0, target.value - value) };
}

/** "Target: 130 by 25 Nov 2020; reached: 110 (20 short)". */
export function describeTarget(status: TargetStatus): string {
  const { target, reached, short } = status;
  const goal = `Target: ${target.value} by ${formatDate(target.deadline)}`;
  if (status.deadlinePassed) {
    return `${goal}; reached: ${reached} (${short > 0 ? `${short} short` : "met"})`;
  }
  return `${goal}; so far: ${reached} on ${formatDate(status.measuredOn)} (${short > 0 ? `${short} to go` : "met"})`;
}

/**
 * The chart's accessible name, since the SVG itself is not readable:
 * "States Parties over time: 112 on 23 Nov 2026; target 130 by 25 Nov 2020".
 */
export function chartSummary(points: readonly PartiesPoint[], asOf: string, target: ChartTarget | null): string {
  const latest = valueAt(points, asOf);
  const parts = [
    `States Parties over time: ${latest.statesParties} on ${formatDate(asOf)}`,
    `signatories: ${latest.signatories}`,
  ];
  if (target) parts.push(`target ${target.value} by ${formatDate(target.deadline)}`);
  return parts.join("; ");
}

/**
 * The x range in epoch ms: first point to asOf, widened to take in a target
 * deadline on either side so its line is never clipped. Never zero-width,
 * which would leave the time scale with nothing to divide.
 */
export function timeDomain(
  points: readonly PartiesPoint[],
  asOf: string,
  target: ChartTarget | null,
): [number, number] {
  const asOfMs = toEpochMs(asOf);
  let min = points[0] ? toEpochMs(points[0].date) : asOfMs;
  let max = asOfMs;
  if (target) {
    const deadline = toEpochMs(target.deadline);
    min = Math.min(min, deadline);
    max = Math.max(max, deadline);
  }
  return max > min ? [min, max] : [min, min + DAY_MS];
}

/**
 * 1 January of each year inside the domain, thinned to every 2nd, 5th, 10th...
 * year so at most `maxTicks` remain: a 30-year history must still read on a
 * 360px-wide phone.
 */
export function yearTicks([min, max]: readonly [number, number], maxTicks = 7): number[] {
  const firstYear = new Date(min).getUTCFullYear() + (isJanFirst(min) ? 0 : 1);
  const lastYear = new Date(max).getUTCFullYear();
  const span = lastYear - firstYear + 1;
  if (span <= 0) return [];
  const step =
    [1, 2, 5, 10, 20, 25, 50, 100].find((s) => Math.ceil(span / s) <= maxTicks) ?? Math.ceil(span / maxTicks);
  const ticks: number[] = [];
  // Round years (2000, 2005...) read better than ones counted from the start.
  for (let year = Math.ceil(firstYear / step) * step; year <= lastYear; year += step) {
    ticks.push(Date.UTC(year, 0, 1));
  }
  return ticks;
}

function isJanFirst(ms: number): boolean {
  const date = new Date(ms);
  return date.getUTCMonth() === 0 && date.getUTCDate() === 1;
}
