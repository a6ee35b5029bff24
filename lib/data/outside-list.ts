// The advocates' list: states outside a treaty, grouped by region, signatories
// first, each marked when it already belongs to the other treaty(ies).
import "server-only";
import { cache } from "react";
import { todayIso, type IsoDate } from "../domain/dates";
import { DEFAULT_GROUPING } from "../domain/regions";
import { byOutsideOrder, statusOn, type StateStatus } from "../domain/status";
import { signedOnBy } from "../domain/timeline";
import type { TreatySnapshot } from "../domain/treaty-snapshot";
import { getGroupings, getTreatySnapshot, getTreatySnapshots } from "./treaty-snapshots";

export type OutsideState = {
  iso3: string;
  /** The depositary's name ("Türkiye", "Côte d'Ivoire"): downloads carry it beside the short one. */
  name: string;
  shortName: string;
  status: StateStatus;
  signedOn: IsoDate | null;
  partyTo: string[];
};
export type OutsideRegion = { slug: string; name: string; states: OutsideState[] };
export type OutsideList = {
  snapshot: TreatySnapshot;
  asOf: IsoDate;
  groupingSlug: string;
  groupingName: string;
  regions: OutsideRegion[];
  total: number;
};

/** Cached per request: the page and its metadata ask for the same list. The grouping is one of getGroupings(). */
export const getOutsideList = cache(
  async (slug: string, asOf: IsoDate = todayIso(), groupingSlug = DEFAULT_GROUPING): Promise<OutsideList | null> => {
    const snapshot = await getTreatySnapshot(slug);
    if (!snapshot) return null;
    const others = (await getTreatySnapshots()).filter((s) => s.slug !== snapshot.slug);
    const grouping = (await getGroupings()).find((g) => g.slug === groupingSlug);

    const outside: OutsideState[] = [];
    for (const state of snapshot.states) {
      const timeline = snapshot.timelines.get(state.iso3);
      const { status } = statusOn(timeline, asOf);
      if (status === "party") continue;
      const partyTo = others
        .filter((o) => statusOn(o.timelines.get(state.iso3), asOf).status === "party")
        .map((o) => o.shortName);
      outside.push({
        iso3: state.iso3,
        name: state.name,
        shortName: state.shortName,
        status,
        signedOn: signedOnBy(timeline, asOf),
        partyTo,
      });
    }
    const sorted = (states: OutsideState[]) => states.sort(byOutsideOrder);

    const placed = new Set<string>();
    const regions: OutsideRegion[] = (grouping?.regions ?? []).map((region) => {
      const members = new Set(region.members);
      const states = outside.filter((s) => members.has(s.iso3));
      for (const s of states) placed.add(s.iso3);
      return { slug: region.slug, name: region.name, states: sorted(states) };
    });
    const unplaced = outside.filter((s) => !placed.has(s.iso3));
    if (unplaced.length > 0)
      regions.push({
        slug: "other",
        name: grouping ? `In none of the ${grouping.name}` : "In no region",
        states: sorted(unplaced),
      });
    return {
      snapshot,
      asOf,
      groupingSlug,
      groupingName: grouping?.name ?? "region",
      regions: regions.filter((r) => r.states.length > 0),
      total: outside.length,
    };
  },
);
