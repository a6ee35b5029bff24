// The count of parties, signatories and states outside over a treaty's whole
// history, at day resolution. A state's status can only change on one of its
// own dates (signature, deposit, entry into force, withdrawal notice/effect),
// so the series is built from those change points - O(actions log actions) -
// instead of recomputing all states for every day.
import { lastIndexOnOrBefore, type IsoDate } from "./dates";
import { applyStatus, emptyCounts, statusOn, type Counting, type StateStatus, type StatusCounts } from "./status";
import { timelineDates, type StateTimeline } from "./timeline";

export type SeriesPoint = StatusCounts & { date: IsoDate };

type Change = { date: IsoDate; from: StateStatus; to: StateStatus };

function changeDates(timeline: StateTimeline): IsoDate[] {
  return [...new Set(timelineDates(timeline, { entryIntoForce: true, annotations: false }))].sort();
}

function statusChanges(timeline: StateTimeline, counting: Counting): Change[] {
  const changes: Change[] = [];
  let previous: StateStatus = "not-party";
  for (const date of changeDates(timeline)) {
    const { status } = statusOn(timeline, date, counting);
    if (status !== previous) changes.push({ date, from: previous, to: status });
    previous = status;
  }
  return changes;
}

/** One point per date on which any count changed; a day's counts are those of the last point on or before it. */
export function statusSeries(
  timelines: ReadonlyMap<string, StateTimeline>,
  stateIsos: readonly string[],
  counting: Counting = "deposit",
): SeriesPoint[] {
  const changes = stateIsos.flatMap((iso3) => {
    const timeline = timelines.get(iso3);
    return timeline ? statusChanges(timeline, counting) : [];
  });
  changes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const counts = emptyCounts(stateIsos.length);
  const series: SeriesPoint[] = [];
  for (const change of changes) {
    applyStatus(counts, change.from, -1);
    applyStatus(counts, change.to, 1);
    const last = series.at(-1);
    if (last?.date === change.date) Object.assign(last, counts);
    else series.push({ date: change.date, ...counts });
  }
  return series;
}

/** Counts on a date from a series: before the first point, nobody has acted. */
export function countsFromSeries(series: readonly SeriesPoint[], date: IsoDate, total: number): StatusCounts {
  const point = series[lastIndexOnOrBefore(series, date, (p) => p.date)];
  if (!point) return emptyCounts(total);
  const { date: _date, ...counts } = point;
  return counts;
}

/** The two counts the "parties over time" chart and its yearly table show. */
export type PartiesPoint = Pick<SeriesPoint, "date" | "statesParties" | "signatories">;
type PartiesCounts = Omit<PartiesPoint, "date">;

/** Parties and signatories on `date` (changes dated that day included); zero before the first point. */
export function valueAt(points: readonly PartiesPoint[], date: IsoDate): PartiesCounts {
  const point = points[lastIndexOnOrBefore(points, date, (p) => p.date)];
  return point
    ? { statesParties: point.statesParties, signatories: point.signatories }
    : { statesParties: 0, signatories: 0 };
}

/**
 * The series as it stood on asOf: later points are dropped (the page may show a
 * past date) and a closing point at asOf is appended, so a step line runs to
 * asOf instead of stopping at the last change.
 */
export function extendToAsOf<P extends PartiesPoint>(points: readonly P[], asOf: IsoDate): P[] {
  const upTo = points.filter((point) => point.date <= asOf);
  const last = upTo.at(-1);
  if (last && last.date < asOf) upTo.push({ ...last, date: asOf });
  return upTo;
}

export type YearRow = PartiesCounts & {
  year: number;
  /** The date the row's counts are taken on: 31 December, or asOf for the current year. */
  date: IsoDate;
  /** True for the last row when it stops at asOf rather than at the end of the year. */
  partial: boolean;
};

/** One row per calendar year from the first point's year to asOf's year, counts at the end of each. */
export function yearlyRows(points: readonly PartiesPoint[], asOf: IsoDate): YearRow[] {
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
