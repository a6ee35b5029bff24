// The time axis of the "parties over time" chart and its accessible name:
// pure helpers, tested without rendering. The series arithmetic behind the
// chart (extendToAsOf, yearlyRows, valueAt) is in lib/domain/series.ts.
import { utcDateFromIso, type IsoDate } from "@/lib/domain/dates";
import { valueAt, type PartiesPoint } from "@/lib/domain/series";
import { formatDate } from "@/lib/format";

/** What the chart draws of a target: its line and its deadline. */
export type ChartTarget = { value: number; deadline: IsoDate };

const DAY_MS = 86_400_000;

/** The chart's time axis is in milliseconds (UTC midnight of each date). */
export function toEpochMs(date: string): number {
  return utcDateFromIso(date).getTime();
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
