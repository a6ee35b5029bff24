// A treaty page shows the same thing on every day between two "turning
// points": nothing in the log takes effect in between, so the table, counts,
// charts and map cannot differ. The turning points split a treaty's history
// into periods, and a page is rendered (and cached) once per period instead of
// once per date - a date that was never asked for before is then still a cache
// hit. The test beside this file checks the claim: for any date, the treaty
// view equals the view on the first day of its period.
import { addDaysIso, addYearsIso, type IsoDate } from "./dates";
import type { SeriesPoint } from "./series";
import type { StateTimeline } from "./timeline";
import type { TreatyRules } from "./types";

/** Days on which something shown for the treaty may change; the first one opens the first period. */
export type TurningPoints = readonly IsoDate[];

/** The days a page applies to: `from` to `until` inclusive; `until` is null for the open-ended last period. */
export type Period = { from: IsoDate; until: IsoDate | null };

export type TurningPointInputs = {
  rules: TreatyRules;
  timelines: Iterable<StateTimeline>;
  /** Both counting rules' series: the target pace looks back at them. */
  series: Iterable<readonly SeriesPoint[]>;
  targetDeadlines: Iterable<IsoDate>;
  /** The look-back of the target pace (see targetProgress). */
  paceYears: number;
  /** The last day anyone can ask for. */
  lastDay: IsoDate;
};

/** The first day D on which `addYearsIso(D, -years)` reaches `date` (29 Feb needs care). */
export function firstDayLookingBackTo(date: IsoDate, years: number): IsoDate {
  let day = addYearsIso(date, years);
  while (addYearsIso(day, -years) < date) day = addDaysIso(day, 1);
  while (addYearsIso(addDaysIso(day, -1), -years) >= date) day = addDaysIso(day, -1);
  return day;
}

function timelineDates(timeline: StateTimeline): IsoDate[] {
  const dates: IsoDate[] = timeline.annotations.map((a) => a.on);
  if (timeline.signedOn) dates.push(timeline.signedOn);
  for (const p of timeline.participations) {
    for (const date of [p.consentOn, p.entryIntoForceOn, p.withdrawalNoticeOn, p.withdrawalEffectiveOn]) if (date) dates.push(date);
  }
  return dates;
}

/**
 * Every day on which the treaty page may change: any date in a state's
 * timeline, the treaty's own dates, target deadlines, the day the pace
 * look-back passes a change in the counts, and each 1 January (the yearly
 * table gains a row).
 */
export function turningPoints({ rules, timelines, series, targetDeadlines, paceYears, lastDay }: TurningPointInputs): TurningPoints {
  const days = new Set<IsoDate>([rules.openedForSignatureOn, rules.entryIntoForceOn, ...targetDeadlines]);
  for (const timeline of timelines) for (const date of timelineDates(timeline)) days.add(date);
  for (const points of series) for (const point of points) days.add(firstDayLookingBackTo(point.date, paceYears));
  for (let year = Number(rules.openedForSignatureOn.slice(0, 4)) + 1; year <= Number(lastDay.slice(0, 4)); year++) days.add(`${year}-01-01`);
  return [...days].filter((day) => day >= rules.openedForSignatureOn && day <= lastDay).sort();
}

/** The period containing `date`, or null before the first turning point. Binary search. */
export function periodContaining(points: TurningPoints, date: IsoDate): Period | null {
  let low = 0;
  let high = points.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((points[middle] as IsoDate) <= date) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  if (found < 0) return null;
  const next = points[found + 1];
  return { from: points[found] as IsoDate, until: next ? addDaysIso(next, -1) : null };
}
