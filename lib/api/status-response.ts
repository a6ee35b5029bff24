// GET /api/v1/treaties/{slug}/status. Later checks and third parties read it:
// change its shape (schemas/status.ts) only with a new API version.
import type { IsoDate } from "../domain/dates";
import { countsFromSeries } from "../domain/series";
import type { Counting } from "../domain/status";
import { stateStatusEntries } from "../domain/status-entries";
import type { TreatySnapshot } from "../domain/treaty-snapshot";
import { findTreaty, resolveAsOf, treatyOpening } from "./lookups";
import { statusQuery } from "./params";
import { parseQuery } from "./query";
import { success, type ApiResult } from "./result";
import type { TreatyStatus } from "./schemas/status";

export type StatusResponse = TreatyStatus;

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

export async function statusAnswer(slug: string, search: URLSearchParams): Promise<ApiResult<StatusResponse>> {
  const treaty = await findTreaty(slug);
  if (!treaty.ok) return treaty;
  const query = parseQuery(statusQuery, search);
  if (!query.ok) return query;
  const asOf = await resolveAsOf(query.data.asOf, treatyOpening(treaty.value));
  if (!asOf.ok) return asOf;
  return success(buildStatusResponse(treaty.value, asOf.value, query.data.counting));
}
