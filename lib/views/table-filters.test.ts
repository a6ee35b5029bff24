import { describe, expect, it } from "vitest";
import { applyFilters, DEFAULT_FILTERS, filtersFromParams, filtersToParams, type FilterableRow } from "./table-filters";

const row = (
  iso3: string,
  shortName: string,
  status: FilterableRow["status"],
  consentOn: string | null,
  region: string,
): FilterableRow => ({
  iso3,
  name: shortName,
  shortName,
  status,
  signedOn: null,
  consentOn,
  entryIntoForceOn: null,
  withdrawalNoticeOn: null,
  regions: { campaign: region },
});
const rows = [
  row("FJI", "Fiji", "party", "2010-05-28", "pacific"),
  row("TON", "Tonga", "not-party", null, "pacific"),
  row("AUS", "Australia", "party", "2012-10-08", "pacific"),
  row("FRA", "France", "party", "2009-09-25", "europe"),
];

describe("applyFilters", () => {
  it("filters by status and region and searches names and codes", () => {
    expect(
      applyFilters(rows, { ...DEFAULT_FILTERS, status: "party", grouping: "campaign", region: "pacific" }).map(
        (r) => r.iso3,
      ),
    ).toEqual(["AUS", "FJI"]);
    expect(applyFilters(rows, { ...DEFAULT_FILTERS, q: "ton" }).map((r) => r.iso3)).toEqual(["TON"]);
    expect(applyFilters(rows, { ...DEFAULT_FILTERS, q: "fra" }).map((r) => r.iso3)).toEqual(["FRA"]);
  });

  it("sorts by date with empty dates last in both directions", () => {
    expect(applyFilters(rows, { ...DEFAULT_FILTERS, sort: "consentOn" }).map((r) => r.iso3)).toEqual([
      "FRA",
      "FJI",
      "AUS",
      "TON",
    ]);
    expect(applyFilters(rows, { ...DEFAULT_FILTERS, sort: "consentOn", dir: "desc" }).map((r) => r.iso3)).toEqual([
      "AUS",
      "FJI",
      "FRA",
      "TON",
    ]);
  });
});

it("round-trips filters through URL parameters and ignores unknown values", () => {
  const filters = {
    ...DEFAULT_FILTERS,
    status: "signatory" as const,
    grouping: "campaign",
    region: "pacific",
    q: "is",
  };
  expect(filtersFromParams(filtersToParams(filters))).toEqual(filters);
  expect(filtersFromParams(new URLSearchParams("status=bogus&sort=evil"))).toEqual(DEFAULT_FILTERS);
});
