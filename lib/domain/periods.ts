// A treaty page shows the same thing on every day between two "turning
// points": no date that could change a status, a table cell, a count, a chart
// or the map falls in between. The turning points split a treaty's history
// into periods, and a page is rendered (and cached) once per period instead of
// once per date - a date that was never asked for before is then still a cache
// hit. lib/data/treaty-periods.integration.test.ts checks the claim on the real
// data: every period's last day shows the same as its first.
import { addDaysIso, lastIndexOnOrBefore, type IsoDate } from "./dates";
import type { SeriesPoint } from "./series";
import type { Counting } from "./status";
import { timelineDates, type StateTimeline } from "./timeline";
import type { TreatyRules } from "./types";

/** Days on which something shown for the treaty may change; the first one opens the first period. */
export type TurningPoints = readonly IsoDate[];

/** The days a page applies to: `from` to `until` inclusive; `until` is null for the open-ended last period. */
export type Period = { from: IsoDate; until: IsoDate | null };

export type TurningPointInputs = {
  rules: TreatyRules;
  timelines: Iterable<StateTimeline>;
  /** The page's counting rule: under "deposit", entry into force changes nothing shown. */
  counting: Counting;
  /** Each target's deadline and the series its progress is read from (targets may count the other way). */
  targets: Iterable<{ deadline: IsoDate; series: readonly SeriesPoint[] }>;
  /** The last day anyone can ask for. */
  lastDay: IsoDate;
  /** Other days the page's figures change on (obligations: obligation-summary.ts obligationTurningDays). */
  otherDays?: Iterable<IsoDate>;
};

/** The timeline dates that can change the page: entry into force is shown from the deposit on, and changes a status only when counting from it. */
const pageDates = (timeline: StateTimeline, counting: Counting) =>
  timelineDates(timeline, { entryIntoForce: counting === "in-force", annotations: true });

/**
 * Every day on which the treaty page may change: a date in a state's timeline
 * that matters under the counting rule, the treaty's own dates, each target's
 * deadline and changes in the series it reads, and each 1 January (the yearly
 * table gains a row, the target pace moves on a year).
 */
export function turningPoints({
  rules,
  timelines,
  counting,
  targets,
  lastDay,
  otherDays = [],
}: TurningPointInputs): TurningPoints {
  const days = new Set<IsoDate>([rules.openedForSignatureOn, rules.entryIntoForceOn, ...otherDays]);
  for (const timeline of timelines) for (const date of pageDates(timeline, counting)) days.add(date);
  for (const target of targets) {
    days.add(target.deadline);
    for (const point of target.series) days.add(point.date);
  }
  for (let year = Number(rules.openedForSignatureOn.slice(0, 4)) + 1; year <= Number(lastDay.slice(0, 4)); year++)
    days.add(`${year}-01-01`);
  return [...days].filter((day) => day >= rules.openedForSignatureOn && day <= lastDay).sort();
}

/** The period containing `date`, or null before the first turning point. */
export function periodContaining(points: TurningPoints, date: IsoDate): Period | null {
  const found = lastIndexOnOrBefore(points, date, (point) => point);
  if (found < 0) return null;
  const next = points[found + 1];
  return { from: points[found] as IsoDate, until: next ? addDaysIso(next, -1) : null };
}

export function isInPeriod(date: IsoDate, { from, until }: Period): boolean {
  return date >= from && (until === null || date <= until);
}

/** A period that contains `today` is open-ended as far as anyone can say: its next turning point has not come. */
export function periodAsKnownOn(period: Period, today: IsoDate): Period {
  return isInPeriod(today, period) ? { from: period.from, until: null } : period;
}
