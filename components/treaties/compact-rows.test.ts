import { expect, it } from "vitest";
import type { TreatyRow } from "@/lib/domain/treaty-view";
import { compactRows, expandRows } from "./compact-rows";

it("round-trips every field the table shows", () => {
  const row: TreatyRow = {
    iso3: "LTU",
    name: "Lithuania",
    shortName: "Lithuania",
    isoNumeric: "440",
    status: "party",
    withdrawalPending: true,
    signedOn: "2008-12-03",
    consentOn: "2011-03-24",
    consentType: "ratification",
    entryIntoForceOn: "2011-09-01",
    withdrawalNoticeOn: "2024-09-06",
    withdrawalEffectiveOn: "2025-03-06",
    annotations: [{ type: "suspension", date: "2024-01-01", note: null, source: "" }],
    regions: { "un-regional-group": "eastern-european" },
  };
  const groupings = [
    {
      slug: "un-regional-group",
      name: "UN regional groups",
      regions: [{ slug: "eastern-european", name: "Eastern European States", members: ["LTU"] }],
    },
  ];
  const [expanded] = expandRows(compactRows([row]), groupings);
  expect(expanded).toEqual({
    iso3: "LTU",
    name: "Lithuania",
    shortName: "Lithuania",
    status: "party",
    withdrawalPending: true,
    signedOn: "2008-12-03",
    consentOn: "2011-03-24",
    consentType: "ratification",
    entryIntoForceOn: "2011-09-01",
    withdrawalNoticeOn: "2024-09-06",
    withdrawalEffectiveOn: "2025-03-06",
    suspensionNotice: true,
    regions: { "un-regional-group": "eastern-european" },
  });
});
