// The home page: every treaty at a glance, their targets, the latest actions.
import "server-only";
import type { IsoDate } from "../domain/dates";
import { countsFromSeries } from "../domain/series";
import type { StatusCounts } from "../domain/status";
import type { ActionType } from "../domain/types";
import {
  obligationTargetViews,
  targetViews,
  type ObligationTargetView,
  type TargetView,
  type TreatySnapshot,
} from "../domain/treaty-snapshot";
import { obligationSummary, type ObligationSummary } from "../domain/obligation-summary";
import { getTreatySnapshots } from "./treaty-snapshots";

export type LatestAction = {
  treatySlug: string;
  treatyShortName: string;
  iso3: string;
  shortName: string;
  type: ActionType;
  depositedOn: IsoDate;
};
export type HomeTreaty = {
  slug: string;
  shortName: string;
  officialName: string;
  /** The date of the depositary page the treaty's data was last checked against. */
  depositaryCheckedOn: IsoDate;
  counts: StatusCounts;
  targets: TargetView[];
  /** Clearance next to membership, where the treaty has sourced clearance events. */
  clearance: ObligationSummary | null;
  obligationTargets: ObligationTargetView[];
};
export type HomeView = { asOf: IsoDate; treaties: HomeTreaty[]; latest: LatestAction[] };

function clearanceOf(snapshot: TreatySnapshot, asOf: IsoDate): ObligationSummary | null {
  const rule = snapshot.obligations.rules.find((r) => r.kind === "clearance");
  if (!rule || snapshot.obligations.events.clearance.size === 0) return null;
  return obligationSummary(snapshot.obligations, rule, snapshot.timelines, asOf);
}

export async function getHomeView(asOf: IsoDate, latestCount = 10): Promise<HomeView> {
  const snapshots = await getTreatySnapshots();
  const treaties = snapshots.map((s) => {
    const total = s.stateIsos.length;
    return {
      slug: s.slug,
      shortName: s.shortName,
      officialName: s.officialName,
      depositaryCheckedOn: s.depositaryCheckedOn,
      counts: countsFromSeries(s.series.deposit, asOf, total),
      targets: targetViews(s, asOf),
      clearance: clearanceOf(s, asOf),
      obligationTargets: obligationTargetViews(s, asOf),
    };
  });
  const latest = snapshots
    .flatMap((s) => {
      const before = s.recentActions.findIndex((a) => a.depositedOn <= asOf);
      return (before < 0 ? [] : s.recentActions.slice(before, before + latestCount)).map((a) => ({
        treatySlug: s.slug,
        treatyShortName: s.shortName,
        iso3: a.stateIso3,
        shortName: s.stateByIso.get(a.stateIso3)?.shortName ?? a.stateIso3,
        type: a.type,
        depositedOn: a.depositedOn,
      }));
    })
    .sort((a, b) => b.depositedOn.localeCompare(a.depositedOn))
    .slice(0, latestCount);
  return { asOf, treaties, latest };
}
