import { describe, expect, it } from "vitest";
import { regionChartHeight, regionalSummary, regionTotal, type RegionBar } from "./regions";

const africa: RegionBar = { slug: "africa", name: "Africa", statesParties: 52, signatories: 1, notParty: 1 };
const asia: RegionBar = { slug: "asia", name: "Asia", statesParties: 20, signatories: 2, notParty: 26 };

describe("regions", () => {
  it("totals every state in the region", () => {
    expect(regionTotal(africa)).toBe(54);
  });

  it("grows with the number of regions but never below the reserved minimum", () => {
    expect(regionChartHeight(0)).toBe(280);
    expect(regionChartHeight(5)).toBe(280);
    expect(regionChartHeight(22)).toBe(22 * 40 + 80);
  });

  it("summarises each region for screen readers", () => {
    expect(regionalSummary("By region", [africa, asia])).toBe(
      "By region: Africa 52 of 54 States Parties, 1 signatory; Asia 20 of 48 States Parties, 2 signatories",
    );
    expect(regionalSummary("By region", [])).toBe("By region: no regions");
  });
});
