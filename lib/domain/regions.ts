// Counts per region for any grouping (UN M49, UN regional groups, the Pacific ...).
import { applyStatus, emptyCounts, type StateStatus, type StatusCounts } from "./status";

export type RegionMembers = { slug: string; name: string; members: readonly string[] };
export type RegionCounts = { slug: string; name: string; counts: StatusCounts };

/** The grouping pages show by default: the five UN regional groups of disarmament diplomacy. */
export const DEFAULT_GROUPING = "un-regional-group";

/** For each state, its region's slug in every grouping it belongs to: { "un-regional-group": "african", ... }. */
export function regionsByState(
  groupings: readonly { slug: string; regions: readonly Pick<RegionMembers, "slug" | "members">[] }[],
): Map<string, Record<string, string>> {
  const index = new Map<string, Record<string, string>>();
  for (const grouping of groupings) {
    for (const region of grouping.regions) {
      for (const iso3 of region.members) index.set(iso3, { ...index.get(iso3), [grouping.slug]: region.slug });
    }
  }
  return index;
}

export function countsByRegion(
  regions: readonly RegionMembers[],
  statusOf: (iso3: string) => StateStatus,
): RegionCounts[] {
  return regions.map((region) => {
    const counts = emptyCounts(region.members.length);
    for (const iso3 of region.members) applyStatus(counts, statusOf(iso3), 1);
    return { slug: region.slug, name: region.name, counts };
  });
}

/** A region of a grouping with its members' ISO3 codes, as read from the database. */
export type RegionView = { slug: string; name: string; members: string[] };
/** A grouping scheme (UN regional groups, M49, campaign regions ...) and its regions. */
export type GroupingView = {
  slug: string;
  name: string;
  description: string | null;
  source: string | null;
  regions: RegionView[];
};
