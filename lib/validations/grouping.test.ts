import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./treaty-action";
import { groupingSchema, memberLines, regionSchema, resolveMembers } from "./grouping";

const STATES = [
  { iso3: "NIU", shortName: "Niue", depositaryName: "Niue" },
  { iso3: "TUR", shortName: "Türkiye", depositaryName: "Republic of Türkiye" },
  { iso3: "FSM", shortName: "Micronesia", depositaryName: "Micronesia (Federated States of)" },
];

describe("a region's member states, one per line", () => {
  it("reads lines, trimmed, without blanks or repeats", () => {
    expect(memberLines(" NIU \r\n\n  Niue\nNIU\n")).toEqual(["NIU", "Niue"]);
  });

  it("finds each state by ISO3 code, name, depositary name or “Name (ISO3)”, in any case", () => {
    const lines = ["niu", "türkiye", "Micronesia (Federated States of)", "Niue (NIU)", "FSM"];
    expect(resolveMembers(lines, STATES)).toEqual({ iso3s: ["FSM", "NIU", "TUR"], unknown: [] });
  });

  it("names every line it does not know", () => {
    expect(resolveMembers(["NIU", "Atlantis", "XYZ", "Niue (ZZZ)", "'; DROP TABLE states;--"], STATES)).toEqual({
      iso3s: ["NIU"],
      unknown: ["Atlantis", "XYZ", "Niue (ZZZ)", "'; DROP TABLE states;--"],
    });
  });
});

describe("the grouping and region forms", () => {
  it("accept a campaign's priority list", () => {
    expect(
      groupingSchema.parse({ slug: "campaign-priorities", name: "Priorities", description: "", source: "" }),
    ).toEqual({
      slug: "campaign-priorities",
      name: "Priorities",
      description: null,
      source: null,
    });
    expect(
      regionSchema.parse({ grouping: "campaign-priorities", slug: "pacific", name: "Pacific", members: "FJI\nTON" }),
    ).toMatchObject({ members: ["FJI", "TON"] });
  });

  it("refuse a bad slug and a missing name", () => {
    const parsed = groupingSchema.safeParse({ slug: "Campaign Priorities", name: " " });
    expect(parsed.success ? {} : fieldErrorsOf(parsed.error)).toEqual({
      slug: ["must be lower-case letters and digits joined by single hyphens, e.g. mine-ban-treaty"],
      name: ["is required, e.g. Campaign priorities 2026"],
    });
    const region = regionSchema.safeParse({ grouping: "campaign", slug: "../admin", name: "x" });
    expect(region.success ? {} : fieldErrorsOf(region.error)).toEqual({
      slug: ["must be lower-case letters and digits joined by single hyphens, e.g. mine-ban-treaty"],
    });
  });
});
