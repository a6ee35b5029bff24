// Counts per region for any grouping (UN M49, UN regional groups, the Pacific ...).
import { applyStatus, emptyCounts, type StateStatus, type StatusCounts } from "./status";

export type RegionMembers = { slug: string; name: string; members: readonly string[] };
export type RegionCounts = { slug: string; name: string; counts: StatusCounts };

export function countsByRegion(regions: readonly RegionMembers[], statusOf: (iso3: string) => StateStatus): RegionCounts[] {
  return regions.map((region) => {
    const counts = emptyCounts(region.members.length);
    for (const iso3 of region.members) applyStatus(counts, statusOf(iso3), 1);
    return { slug: region.slug, name: region.name, counts };
  });
}
