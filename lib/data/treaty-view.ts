// Everything the treaty page shows for one date and counting rule.
import "server-only";
import { stateStatusEntries, type StateStatusEntry } from "../api/status-response";
import type { IsoDate } from "../domain/dates";
import { periodContaining, type Period } from "../domain/periods";
import { targetProgress, type TargetProgress } from "../domain/progress";
import { countsByRegion, regionsByState, type RegionCounts } from "../domain/regions";
import { countsFromSeries } from "../domain/series";
import type { Counting, StatusCounts } from "../domain/status";
import { getGroupings, type GroupingView, type TargetRef, type TreatySnapshot } from "./treaty-snapshot";
import { targetCounting } from "../domain/targets";

export type TreatyRow = StateStatusEntry & { shortName: string; isoNumeric: string; regions: Record<string, string> };
export type TargetView = TargetRef & { progress: TargetProgress };

export type TreatyView = {
  snapshot: TreatySnapshot;
  asOf: IsoDate;
  counting: Counting;
  counts: StatusCounts;
  rows: TreatyRow[];
  targets: TargetView[];
  groupings: GroupingView[];
  regionCounts: Record<string, RegionCounts[]>;
};

/** Each target of the treaty with its progress on `asOf` (home and treaty pages). */
export function targetViews(snapshot: TreatySnapshot, asOf: IsoDate): TargetView[] {
  const total = snapshot.stateIsos.length;
  return snapshot.targets.map((target) => ({
    ...target,
    progress: targetProgress(snapshot.series[targetCounting(target.metric)], total, target, asOf),
  }));
}

/** `snapshot`: the one the caller has already looked up (getTreatySnapshot). */
export async function getTreatyView(snapshot: TreatySnapshot, asOf: IsoDate, counting: Counting): Promise<TreatyView> {
  return buildTreatyView(snapshot, await getGroupings(), asOf, counting);
}

// The groupings array is loaded once per data change, so its state -> region
// index is built once per load rather than on every page render.
const regionIndexes = new WeakMap<GroupingView[], Map<string, Record<string, string>>>();

function regionIndex(groupings: GroupingView[]): Map<string, Record<string, string>> {
  let index = regionIndexes.get(groupings);
  if (!index) {
    index = regionsByState(groupings);
    regionIndexes.set(groupings, index);
  }
  return index;
}

function buildTreatyView(
  snapshot: TreatySnapshot,
  groupings: GroupingView[],
  asOf: IsoDate,
  counting: Counting,
): TreatyView {
  const regionsOf = regionIndex(groupings);
  const entries = stateStatusEntries(snapshot, asOf, counting);
  const statusOf = new Map(entries.map((e) => [e.iso3, e.status]));
  const total = snapshot.stateIsos.length;

  return {
    snapshot,
    asOf,
    counting,
    counts: countsFromSeries(snapshot.series[counting], asOf, total),
    rows: entries.map((entry) => ({
      ...entry,
      shortName: snapshot.stateByIso.get(entry.iso3)?.shortName ?? entry.name,
      isoNumeric: snapshot.stateByIso.get(entry.iso3)?.isoNumeric ?? "",
      regions: regionsOf.get(entry.iso3) ?? {},
    })),
    targets: targetViews(snapshot, asOf),
    groupings,
    regionCounts: Object.fromEntries(
      groupings.map((g) => [g.slug, countsByRegion(g.regions, (iso3) => statusOf.get(iso3) ?? "not-party")]),
    ),
  };
}

export type TreatyPageView = TreatyView & { period: Period };

/**
 * The treaty page for the period containing `date` (lib/domain/periods.ts):
 * computed on the period's first day, so it is the same page - one cache
 * entry - for every day of the period.
 */
export async function getTreatyPageView(
  snapshot: TreatySnapshot,
  date: IsoDate,
  counting: Counting,
): Promise<TreatyPageView> {
  const period = periodContaining(snapshot.turningPoints[counting], date) ?? { from: date, until: date };
  return { ...buildTreatyView(snapshot, await getGroupings(), period.from, counting), period };
}
