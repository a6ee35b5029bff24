// Pure helpers for the regional breakdown chart, kept apart so they can be tested
// without rendering.
export type RegionBar = {
  slug: string;
  name: string;
  statesParties: number;
  signatories: number;
  notParty: number;
  href?: string;
};

export const regionTotal = (region: Pick<RegionBar, "statesParties" | "signatories" | "notParty">): number =>
  region.statesParties + region.signatories + region.notParty;

/**
 * One bar per region needs its own vertical room (two lines for a long, wrapped
 * name), plus the axis and legend; never shorter than the over-time chart.
 */
export function regionChartHeight(regionCount: number): number {
  return Math.max(280, regionCount * 40 + 80);
}

/** The chart's accessible name: "States Parties by region: Africa 50 of 54 States Parties, 1 signatory; ...". */
export function regionalSummary(title: string, regions: readonly RegionBar[]): string {
  if (regions.length === 0) return `${title}: no regions`;
  const parts = regions.map((region) => {
    const signatories = region.signatories === 1 ? "1 signatory" : `${region.signatories} signatories`;
    return `${region.name} ${region.statesParties} of ${regionTotal(region)} States Parties, ${signatories}`;
  });
  return `${title}: ${parts.join("; ")}`;
}
