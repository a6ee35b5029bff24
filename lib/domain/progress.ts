// Progress toward a target such as "130 States Parties by 25 Nov 2020": the
// value reached on the deadline, the gap, the share, when it was reached, and
// how many years the rest would take at the pace of the last N full calendar
// years. (A projected calendar date, or a pace over a window sliding day by
// day, would move every day; these only change when the counts do or a year
// ends, so pages stay the same - and cacheable - between changes.)
import type { IsoDate } from "./dates";
import { countsFromSeries, type SeriesPoint } from "./series";

export type TargetSpec = { value: number; deadline: IsoDate };

/** The pace toward a target is that of the last five full calendar years. */
const PACE_YEARS = 5;

const endOfYear = (year: number): IsoDate => `${String(year).padStart(4, "0")}-12-31`;

export type TargetProgress = {
  target: number;
  deadline: IsoDate;
  valueOnDeadline: number;
  gapOnDeadline: number;
  shareOnDeadline: number;
  /** First day the target was met, if ever (up to asOf). */
  reachedOn: IsoDate | null;
  valueAsOf: number;
  asOf: IsoDate;
  /** Where the target stands: at its deadline once passed, else on asOf. */
  standing: TargetStanding;
  projection: Projection;
};

export type TargetStanding = {
  deadlinePassed: boolean;
  /** The deadline once it has passed, else asOf. */
  measuredOn: IsoDate;
  /** States Parties on measuredOn. */
  value: number;
  /** How many were (or are still) missing on measuredOn; 0 once the target is met. */
  short: number;
};

/** "not at this pace" is a projection too: the pace did not grow the count. */
export type Projection =
  | { kind: "reached"; on: IsoDate }
  | { kind: "projected"; yearsNeeded: number; perYear: number; paceYears: number }
  | { kind: "not-at-this-pace"; perYear: number; paceYears: number };

const parties = (series: readonly SeriesPoint[], date: IsoDate, total: number) =>
  countsFromSeries(series, date, total).statesParties;

function firstDateReaching(series: readonly SeriesPoint[], value: number, until: IsoDate): IsoDate | null {
  return series.find((point) => point.date <= until && point.statesParties >= value)?.date ?? null;
}

export function targetProgress(
  series: readonly SeriesPoint[],
  total: number,
  target: TargetSpec,
  asOf: IsoDate,
  paceYears = PACE_YEARS,
): TargetProgress {
  const valueOnDeadline = parties(series, target.deadline, total);
  const valueAsOf = parties(series, asOf, total);
  const reachedOn = firstDateReaching(series, target.value, asOf);
  const lastFullYear = Number(asOf.slice(0, 4)) - 1;
  const perYear =
    (parties(series, endOfYear(lastFullYear), total) - parties(series, endOfYear(lastFullYear - paceYears), total)) /
    paceYears;

  let projection: Projection;
  if (reachedOn) projection = { kind: "reached", on: reachedOn };
  else if (perYear <= 0) projection = { kind: "not-at-this-pace", perYear, paceYears };
  else projection = { kind: "projected", yearsNeeded: (target.value - valueAsOf) / perYear, perYear, paceYears };

  const deadlinePassed = target.deadline <= asOf;
  const standingValue = deadlinePassed ? valueOnDeadline : valueAsOf;
  return {
    target: target.value,
    deadline: target.deadline,
    valueOnDeadline,
    gapOnDeadline: Math.max(0, target.value - valueOnDeadline),
    shareOnDeadline: valueOnDeadline / target.value,
    reachedOn,
    valueAsOf,
    asOf,
    standing: {
      deadlinePassed,
      measuredOn: deadlinePassed ? target.deadline : asOf,
      value: standingValue,
      short: Math.max(0, target.value - standingValue),
    },
    projection,
  };
}
