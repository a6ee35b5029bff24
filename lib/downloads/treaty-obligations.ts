// A treaty's stockpile-destruction and clearance obligations on a date as a
// file: one row per State Party in force per obligation, with its status, its
// deadlines, when completion was declared, the date of the newest information
// and that information's source. The JSON is the API's answer
// (GET /api/v1/treaties/{slug}/obligations), summaries included.
import { treatyObligations } from "../api/obligations";
import type { IsoDate } from "../domain/dates";
import type { TreatySnapshot } from "../domain/treaty-snapshot";
import type { DownloadFile } from "./file-response";

export function treatyObligationsFile(snapshot: TreatySnapshot, asOf: IsoDate): DownloadFile {
  const answer = treatyObligations(snapshot, asOf);
  const shortName = (iso3: string) => snapshot.stateByIso.get(iso3)?.shortName ?? iso3;
  return {
    name: `${snapshot.slug}-obligations-${asOf}`,
    json: () => ({
      treaty: answer.treaty,
      asOf,
      counting: answer.counting,
      source: snapshot.depositaryUrl,
      checkedAgainstDepositaryOn: answer.checkedAgainstDepositaryOn,
      obligations: answer.obligations,
    }),
    csv: () => ({
      columns: [
        "obligation",
        "article",
        "iso3",
        "name",
        "short_name",
        "status",
        "deadline",
        "original_deadline",
        "completed_on",
        "information_on",
        "source",
        "depositary_checked_on",
      ],
      rows: answer.obligations.flatMap((obligation) =>
        obligation.states.map((state) => ({
          obligation: obligation.kind,
          article: obligation.article,
          iso3: state.iso3,
          name: state.name,
          short_name: shortName(state.iso3),
          status: state.status,
          deadline: state.deadline,
          original_deadline: state.originalDeadline,
          completed_on: state.completedOn,
          information_on: state.informationOn,
          source: state.source,
          depositary_checked_on: snapshot.depositaryCheckedOn,
        })),
      ),
    }),
  };
}
