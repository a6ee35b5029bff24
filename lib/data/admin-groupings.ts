// Region groupings for the admin's pages: the list, and one grouping with its
// regions and their members as the members box shows them ("Niue (NIU)").
import "server-only";
import { getPrisma } from "../db/client";

export type GroupingListRow = { slug: string; name: string; regions: number; origin: "seed" | "admin" };
export type RegionForEdit = { slug: string; name: string; members: string[] };
export type GroupingForEdit = {
  slug: string;
  name: string;
  description: string | null;
  source: string | null;
  origin: "seed" | "admin";
  regions: RegionForEdit[];
};

export async function listGroupingsForAdmin(): Promise<GroupingListRow[]> {
  const groupings = await getPrisma().regionGrouping.findMany({
    include: { _count: { select: { regions: true } } },
    orderBy: { name: "asc" },
  });
  return groupings.map((g) => ({ slug: g.slug, name: g.name, regions: g._count.regions, origin: g.origin }));
}

export async function groupingForEdit(slug: string): Promise<GroupingForEdit | null> {
  const grouping = await getPrisma().regionGrouping.findUnique({
    where: { slug },
    include: {
      regions: {
        orderBy: { name: "asc" },
        include: { memberships: { include: { state: { select: { shortName: true } } } } },
      },
    },
  });
  if (!grouping) return null;
  return {
    slug: grouping.slug,
    name: grouping.name,
    description: grouping.description,
    source: grouping.source,
    origin: grouping.origin,
    regions: grouping.regions.map((region) => ({
      slug: region.slug,
      name: region.name,
      members: region.memberships
        .map((m) => `${m.state.shortName} (${m.stateIso3})`)
        .sort((a, b) => a.localeCompare(b)),
    })),
  };
}
