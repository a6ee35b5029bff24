// A region across all treaties on one date: who is in (and since when), who
// remains outside (signatories first).
import "server-only";
import type { IsoDate } from "../domain/dates";
import {
  applyStatus,
  byOutsideOrder,
  emptyCounts,
  statusOn,
  type StateStatus,
  type StatusCounts,
} from "../domain/status";
import { signedOnBy } from "../domain/timeline";
import type { ConsentType } from "../domain/types";
import type { GroupingView, RegionView } from "../domain/regions";
import { getGroupings, getTreatySnapshots } from "./treaty-snapshots";

export type RegionMemberStatus = {
  iso3: string;
  /** The depositary's name: downloads carry it beside the short one. */
  name: string;
  shortName: string;
  status: StateStatus;
  consentOn: IsoDate | null;
  consentType: ConsentType | null;
  signedOn: IsoDate | null;
};
export type RegionTreatyView = {
  slug: string;
  shortName: string;
  depositaryUrl: string;
  depositaryCheckedOn: IsoDate;
  counts: StatusCounts;
  joined: RegionMemberStatus[];
  outside: RegionMemberStatus[];
};
export type RegionPageView = { grouping: GroupingView; region: RegionView; treaties: RegionTreatyView[] };

export async function findRegion(
  groupingSlug: string,
  regionSlug: string,
): Promise<{ grouping: GroupingView; region: RegionView } | null> {
  const grouping = (await getGroupings()).find((g) => g.slug === groupingSlug);
  const region = grouping?.regions.find((r) => r.slug === regionSlug);
  return grouping && region ? { grouping, region } : null;
}

/** `found`: the grouping and region the caller has already looked up (findRegion). */
export async function getRegionView(
  found: { grouping: GroupingView; region: RegionView },
  asOf: IsoDate,
): Promise<RegionPageView> {
  const treaties = (await getTreatySnapshots()).map((snapshot) => {
    const counts = emptyCounts(found.region.members.length);
    const members = found.region.members.map((iso3) => {
      const timeline = snapshot.timelines.get(iso3);
      const { status, participation } = statusOn(timeline, asOf);
      applyStatus(counts, status, 1);
      const signedOn = signedOnBy(timeline, asOf);
      const state = snapshot.stateByIso.get(iso3);
      return {
        iso3,
        name: state?.name ?? iso3,
        shortName: state?.shortName ?? iso3,
        status,
        consentOn: participation?.consentOn ?? null,
        consentType: participation?.consentType ?? null,
        signedOn,
      };
    });
    return {
      slug: snapshot.slug,
      shortName: snapshot.shortName,
      depositaryUrl: snapshot.depositaryUrl,
      depositaryCheckedOn: snapshot.depositaryCheckedOn,
      counts,
      joined: members
        .filter((m) => m.status === "party")
        .sort((a, b) => (a.consentOn ?? "").localeCompare(b.consentOn ?? "")),
      outside: members.filter((m) => m.status !== "party").sort(byOutsideOrder),
    };
  });
  return { ...found, treaties };
}
