// GET /api/v1/regions and /api/v1/regions/{grouping}: the groupings of states
// and each region's counts per treaty on a date.
import { z } from "zod";
import { counting, isoDate, statusCounts, treatyRef } from "./common";

const groupingFacts = {
  slug: z.string().meta({ description: "Its name in URLs.", example: "campaign" }),
  name: z.string().meta({ description: "Its name in words." }),
  description: z.string().nullable().meta({ description: "What it groups, and how." }),
  source: z.string().nullable().meta({ description: "Where its regions come from." }),
};
const regionFacts = {
  slug: z.string().meta({ description: "The region's name in URLs.", example: "pacific" }),
  name: z.string().meta({ description: "The region's name in words." }),
  members: z.array(z.string()).meta({ description: "ISO3 codes of its states.", example: ["AUS", "NIU"] }),
};

export const grouping = z
  .object({
    ...groupingFacts,
    regions: z.array(z.object(regionFacts)).meta({ description: "Its regions, by name." }),
    links: z
      .object({
        self: z.string().meta({ description: "Its regions' counts per treaty.", example: "/api/v1/regions/campaign" }),
      })
      .meta({ description: "Where to read more (paths on this site)." }),
  })
  .meta({ id: "Grouping", description: "A scheme of regions (UN regional groups, M49, the campaigns' regions ...)." });

export const groupingList = z.object({ groupings: z.array(grouping) }).meta({ id: "GroupingList" });

export const regionTreatyCounts = z
  .object({ treaty: z.string().meta({ description: "The treaty's slug.", example: "ccm" }), counts: statusCounts })
  .meta({ id: "RegionTreatyCounts", description: "A region's counts in one treaty (total: the region's states)." });

export const regionBreakdown = z
  .object({
    grouping: z.object(groupingFacts).meta({ description: "The grouping asked for." }),
    asOf: isoDate.meta({ description: "The day the counts are for." }),
    counting,
    treaties: z.array(treatyRef).meta({ description: "The treaties counted, with their checked-as-at dates." }),
    regions: z
      .array(z.object({ ...regionFacts, treaties: z.array(regionTreatyCounts) }))
      .meta({ description: "Each region with its counts in each treaty (states in no region are in none)." }),
  })
  .meta({ id: "RegionBreakdown", description: "Each region of a grouping with its counts per treaty on a date." });

export type GroupingList = z.infer<typeof groupingList>;
export type RegionBreakdown = z.infer<typeof regionBreakdown>;
