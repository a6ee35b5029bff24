// GET /api/v1/regions and /api/v1/regions/{grouping}?asOf=&counting=&treaty=:
// the groupings, and each region's counts per treaty on a date.
import { getGroupings, getTreatySnapshots } from "../data/treaty-snapshots";
import type { GroupingView } from "../domain/regions";
import { countsOn } from "../domain/status";
import { findTreaty, resolveAsOf, treatyOpening, treatyRef } from "./lookups";
import { regionQuery } from "./params";
import { parseQuery } from "./query";
import { failure, success, type ApiResult } from "./result";
import type { GroupingList, RegionBreakdown } from "./schemas/regions";

const groupingFacts = ({ slug, name, description, source }: GroupingView) => ({ slug, name, description, source });

export async function groupingListAnswer(): Promise<ApiResult<GroupingList>> {
  return success({
    groupings: (await getGroupings()).map((grouping) => ({
      ...groupingFacts(grouping),
      regions: grouping.regions.map(({ slug, name, members }) => ({ slug, name, members })),
      links: { self: `/api/v1/regions/${grouping.slug}` },
    })),
  });
}

export async function regionBreakdownAnswer(
  groupingSlug: string,
  search: URLSearchParams,
): Promise<ApiResult<RegionBreakdown>> {
  const grouping = (await getGroupings()).find((g) => g.slug === groupingSlug);
  if (!grouping) {
    const known = (await getGroupings()).map((g) => g.slug).join(", ");
    return failure(404, "grouping", `"${groupingSlug}" is not a grouping this tracker knows (known: ${known})`);
  }
  const query = parseQuery(regionQuery, search);
  if (!query.ok) return query;
  const treaty = query.data.treaty === undefined ? null : await findTreaty(query.data.treaty, "treaty", 400);
  if (treaty && !treaty.ok) return treaty;
  const asOf = await resolveAsOf(query.data.asOf, treaty ? treatyOpening(treaty.value) : undefined);
  if (!asOf.ok) return asOf;
  const { counting } = query.data;
  const snapshots = treaty ? [treaty.value] : await getTreatySnapshots();
  return success({
    grouping: groupingFacts(grouping),
    asOf: asOf.value,
    counting,
    treaties: snapshots.map(treatyRef),
    regions: grouping.regions.map(({ slug, name, members }) => ({
      slug,
      name,
      members,
      treaties: snapshots.map((snapshot) => ({
        treaty: snapshot.slug,
        counts: countsOn(snapshot.timelines, members, asOf.value, counting),
      })),
    })),
  });
}
