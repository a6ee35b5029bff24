// The outside list as a file: the states not party on a date, by the regions of
// a grouping, signatories first, as the page lists them.
import type { OutsideList } from "../data/outside-list";
import { DEFAULT_GROUPING } from "../domain/regions";
import { oneOf, parseDownloadQuery, type ParsedQuery } from "../validations/download-query";
import type { DownloadFile } from "./file-response";

/** ?grouping: one of the site's groupings, the UN regional groups when absent. */
export function parseGroupingParam(
  search: URLSearchParams,
  groupings: readonly { slug: string }[],
): ParsedQuery<{ grouping: string }> {
  return parseDownloadQuery({ grouping: oneOf(groupings.map((g) => g.slug)).default(DEFAULT_GROUPING) }, search);
}

export function outsideListFile(list: OutsideList): DownloadFile {
  const { snapshot, asOf } = list;
  return {
    name: `${snapshot.slug}-outside-${asOf}-${list.groupingSlug}`,
    json: () => ({
      treaty: snapshot.slug,
      asOf,
      counting: "deposit",
      grouping: list.groupingSlug,
      source: snapshot.depositaryUrl,
      checkedAgainstDepositaryOn: snapshot.depositaryCheckedOn,
      count: list.total,
      regions: list.regions,
    }),
    csv: () => ({
      columns: [
        "region",
        "region_name",
        "iso3",
        "name",
        "short_name",
        "status",
        "signed_on",
        "also_party_to",
        "depositary_checked_on",
      ],
      rows: list.regions.flatMap((region) =>
        region.states.map((state) => ({
          region: region.slug,
          region_name: region.name,
          iso3: state.iso3,
          name: state.name,
          short_name: state.shortName,
          status: state.status,
          signed_on: state.signedOn,
          also_party_to: state.partyTo.join("; "),
          depositary_checked_on: snapshot.depositaryCheckedOn,
        })),
      ),
    }),
  };
}
