import { describe, expect, it } from "vitest";
import { countsByRegion, regionsByState } from "./regions";
import type { StateStatus } from "./status";

it("counts parties, signatories and states outside per region", () => {
  const statuses: Record<string, StateStatus> = {
    FJI: "party",
    TON: "not-party",
    VUT: "signatory",
    AUS: "party",
    LTU: "withdrawn",
  };
  const regions = [
    { slug: "pacific", name: "Pacific", members: ["FJI", "TON", "VUT", "AUS"] },
    { slug: "baltic", name: "Baltic", members: ["LTU"] },
  ];
  expect(countsByRegion(regions, (iso3) => statuses[iso3] ?? "not-party")).toEqual([
    {
      slug: "pacific",
      name: "Pacific",
      counts: { statesParties: 2, signatories: 1, notParty: 1, withdrawn: 0, total: 4 },
    },
    {
      slug: "baltic",
      name: "Baltic",
      counts: { statesParties: 0, signatories: 0, notParty: 1, withdrawn: 1, total: 1 },
    },
  ]);
});

describe("regionsByState", () => {
  it("gives each state its region in every grouping it belongs to", () => {
    const index = regionsByState([
      { slug: "un", regions: [{ slug: "oceania", members: ["NIU", "FJI"] }] },
      { slug: "campaign", regions: [{ slug: "pacific", members: ["NIU"] }] },
    ]);
    expect(index.get("NIU")).toEqual({ un: "oceania", campaign: "pacific" });
    expect(index.get("FJI")).toEqual({ un: "oceania" });
    expect(index.get("USA")).toBeUndefined();
  });
});
