// A treaty's history series as a file: one row per day on which any count
// changed, up to a date, under either counting rule (the chart's data, by day).
import type { IsoDate } from "../domain/dates";
import type { Counting } from "../domain/status";
import type { TreatySnapshot } from "../domain/treaty-snapshot";
import type { DownloadFile } from "./file-response";

export function seriesFile(snapshot: TreatySnapshot, asOf: IsoDate, counting: Counting): DownloadFile {
  const points = snapshot.series[counting].filter((point) => point.date <= asOf);
  return {
    name: `${snapshot.slug}-series-${counting}-${asOf}`,
    json: () => ({
      treaty: snapshot.slug,
      asOf,
      counting,
      source: snapshot.depositaryUrl,
      checkedAgainstDepositaryOn: snapshot.depositaryCheckedOn,
      count: points.length,
      points,
    }),
    csv: () => ({
      columns: [
        "date",
        "states_parties",
        "signatories",
        "not_party",
        "withdrawn",
        "total",
        "counting",
        "depositary_checked_on",
      ],
      rows: points.map((p) => ({
        date: p.date,
        states_parties: p.statesParties,
        signatories: p.signatories,
        not_party: p.notParty,
        withdrawn: p.withdrawn,
        total: p.total,
        counting,
        depositary_checked_on: snapshot.depositaryCheckedOn,
      })),
    }),
  };
}
