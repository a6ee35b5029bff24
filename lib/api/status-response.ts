// The shape of GET /api/v1/treaties/{slug}/status. Later checks and third
// parties read it: change it only with a new API version.
import type { IsoDate } from "../domain/dates";
import { countsFromSeries } from "../domain/series";
import type { Counting, StatusCounts } from "../domain/status";
import { stateStatusEntries, type StateStatusEntry } from "../domain/status-entries";
import type { TreatySnapshot } from "../domain/treaty-snapshot";

export type StatusResponse = {
  treaty: string;
  asOf: IsoDate;
  counting: Counting;
  /** The date of the depositary status page the data was last checked against: later events may be missing. */
  checkedAgainstDepositaryOn: IsoDate;
  counts: StatusCounts;
  states: StateStatusEntry[];
};

export function buildStatusResponse(snapshot: TreatySnapshot, asOf: IsoDate, counting: Counting): StatusResponse {
  return {
    treaty: snapshot.slug,
    asOf,
    counting,
    checkedAgainstDepositaryOn: snapshot.depositaryCheckedOn,
    counts: countsFromSeries(snapshot.series[counting], asOf, snapshot.stateIsos.length),
    states: stateStatusEntries(snapshot, asOf, counting),
  };
}
