// The treaty page's data for one date and counting rule (lib/domain/treaty-view.ts)
// from the in-memory snapshots.
import "server-only";
import type { IsoDate } from "../domain/dates";
import { periodContaining, type Period } from "../domain/periods";
import { regionsByState, type GroupingView } from "../domain/regions";
import type { Counting } from "../domain/status";
import type { TreatySnapshot } from "../domain/treaty-snapshot";
import { buildTreatyView, type TreatyView } from "../domain/treaty-view";
import { getGroupings } from "./treaty-snapshots";

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

/** `snapshot`: the one the caller has already looked up (getTreatySnapshot). */
export async function getTreatyView(snapshot: TreatySnapshot, asOf: IsoDate, counting: Counting): Promise<TreatyView> {
  const groupings = await getGroupings();
  return buildTreatyView(snapshot, groupings, regionIndex(groupings), asOf, counting);
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
  return { ...(await getTreatyView(snapshot, period.from, counting)), period };
}
