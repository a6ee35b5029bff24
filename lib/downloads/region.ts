// A region as a file: for every treaty, its members that joined (with how and
// when) and those outside (signatories first) on a date, as the region page shows them.
import type { RegionMemberStatus, RegionPageView } from "../data/region-view";
import type { IsoDate } from "../domain/dates";
import type { DownloadFile } from "./file-response";

const member = ({ iso3, name, shortName, status, consentOn, consentType, signedOn }: RegionMemberStatus) => ({
  iso3,
  name,
  shortName,
  status,
  consentOn,
  consentType,
  signedOn,
});

export function regionFile(view: RegionPageView, asOf: IsoDate): DownloadFile {
  const { grouping, region } = view;
  return {
    name: `${grouping.slug}-${region.slug}-${asOf}`,
    json: () => ({
      grouping: grouping.slug,
      region: region.slug,
      regionName: region.name,
      asOf,
      counting: "deposit",
      treaties: view.treaties.map((treaty) => ({
        treaty: treaty.slug,
        shortName: treaty.shortName,
        source: treaty.depositaryUrl,
        checkedAgainstDepositaryOn: treaty.depositaryCheckedOn,
        counts: treaty.counts,
        joined: treaty.joined.map(member),
        outside: treaty.outside.map(member),
      })),
    }),
    csv: () => ({
      columns: [
        "treaty",
        "side",
        "iso3",
        "name",
        "short_name",
        "status",
        "consent_on",
        "consent_type",
        "signed_on",
        "depositary_checked_on",
      ],
      rows: view.treaties.flatMap((treaty) =>
        (["joined", "outside"] as const).flatMap((side) =>
          treaty[side].map((m) => ({
            treaty: treaty.slug,
            side,
            iso3: m.iso3,
            name: m.name,
            short_name: m.shortName,
            status: m.status,
            consent_on: m.consentOn,
            consent_type: m.consentType,
            signed_on: m.signedOn,
            depositary_checked_on: treaty.depositaryCheckedOn,
          })),
        ),
      ),
    }),
  };
}
