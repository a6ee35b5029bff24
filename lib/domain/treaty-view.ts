// Everything the treaty page and its downloads show for one date and counting
// rule, built from the treaty's snapshot and the region groupings.
import type { IsoDate } from "./dates";
import { countsByRegion, type GroupingView, type RegionCounts } from "./regions";
import { countsFromSeries } from "./series";
import type { Counting, StatusCounts } from "./status";
import { stateStatusEntries, type StateStatusEntry } from "./status-entries";
import {
  obligationTargetViews,
  targetViews,
  type ObligationTargetView,
  type TargetView,
  type TreatySnapshot,
} from "./treaty-snapshot";
import { obligationSummary, type ObligationSummary } from "./obligation-summary";

/** A state's row in the treaty table: its status entry, names, and its region in every grouping. */
export type TreatyRow = StateStatusEntry & { shortName: string; isoNumeric: string; regions: Record<string, string> };

export type TreatyView = {
  snapshot: TreatySnapshot;
  asOf: IsoDate;
  counting: Counting;
  counts: StatusCounts;
  rows: TreatyRow[];
  targets: TargetView[];
  groupings: GroupingView[];
  regionCounts: Record<string, RegionCounts[]>;
  obligationTargets: ObligationTargetView[];
  /** Stockpile destruction and clearance over the States Parties in force on asOf. */
  obligations: ObligationSummary[];
};

/** `regionsOf`: each state's region per grouping (regions.ts regionsByState over `groupings`). */
export function buildTreatyView(
  snapshot: TreatySnapshot,
  groupings: GroupingView[],
  regionsOf: ReadonlyMap<string, Record<string, string>>,
  asOf: IsoDate,
  counting: Counting,
): TreatyView {
  const entries = stateStatusEntries(snapshot, asOf, counting);
  const statusOf = new Map(entries.map((e) => [e.iso3, e.status]));
  return {
    snapshot,
    asOf,
    counting,
    counts: countsFromSeries(snapshot.series[counting], asOf, snapshot.stateIsos.length),
    rows: entries.map((entry) => ({
      ...entry,
      shortName: snapshot.stateByIso.get(entry.iso3)?.shortName ?? entry.name,
      isoNumeric: snapshot.stateByIso.get(entry.iso3)?.isoNumeric ?? "",
      regions: regionsOf.get(entry.iso3) ?? {},
    })),
    targets: targetViews(snapshot, asOf),
    obligationTargets: obligationTargetViews(snapshot, asOf),
    groupings,
    obligations: snapshot.obligations.rules.map((rule) =>
      obligationSummary(snapshot.obligations, rule, snapshot.timelines, asOf),
    ),
    regionCounts: Object.fromEntries(
      groupings.map((g) => [g.slug, countsByRegion(g.regions, (iso3) => statusOf.get(iso3) ?? "not-party")]),
    ),
  };
}
