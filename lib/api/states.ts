// GET /api/v1/states and /api/v1/states/{iso3}?asOf=&counting=: the states, and
// one state's history across every treaty with its status and obligations on a date.
import "server-only";
import { getStateHistory, type TreatyHistory } from "../data/state-history";
import { getGroupings, getTreatySnapshots } from "../data/treaty-snapshots";
import type { IsoDate } from "../domain/dates";
import { regionsByState } from "../domain/regions";
import { statusOn, type Counting } from "../domain/status";
import { resolveAsOf } from "./lookups";
import { apiObligation } from "./obligations";
import { statePath, statusQuery } from "./params";
import { parsePath, parseQuery } from "./query";
import { failure, success, type ApiResult } from "./result";
import { apiActionType } from "./schemas/actions";
import type { StateHistory, StateList } from "./schemas/states";

export async function stateListAnswer(): Promise<ApiResult<StateList>> {
  // Every treaty is read with the same states: any snapshot lists them.
  const [snapshot] = await getTreatySnapshots();
  const regions = regionsByState(await getGroupings());
  return success({
    states: (snapshot?.states ?? []).map((state) => ({
      iso3: state.iso3,
      isoNumeric: state.isoNumeric,
      name: state.name,
      shortName: state.shortName,
      regions: regions.get(state.iso3) ?? {},
      links: { self: `/api/v1/states/${state.iso3}` },
    })),
  });
}

type StateTreatyHistory = StateHistory["treaties"][number];

function treatyHistory(treaty: TreatyHistory, asOf: IsoDate, counting: Counting): StateTreatyHistory {
  const { timeline } = treaty;
  const { status, withdrawalPending } = statusOn(timeline, asOf, counting);
  return {
    treaty: treaty.slug,
    shortName: treaty.shortName,
    checkedAgainstDepositaryOn: treaty.depositaryCheckedOn,
    status,
    withdrawalPending,
    signedOn: timeline?.signedOn ?? null,
    participations: timeline?.participations ?? [],
    annotations: (timeline?.annotations ?? []).map((a) => ({
      type: a.type === "provisional_application" ? "provisional-application" : "suspension",
      date: a.on,
      note: a.note,
      source: a.source,
    })),
    actions: treaty.actions.map((action) => ({
      type: apiActionType(action.type),
      depositedOn: action.depositedOn,
      effectiveOn: action.effectiveOn,
      source: action.source,
      confidence: action.confidence === "unconfirmed" ? "unconfirmed" : "confirmed",
      note: action.note,
    })),
    initialReportDue: treaty.initialReportDue,
    obligations: treaty.obligations.map(apiObligation),
  };
}

export async function stateAnswer(iso3: string, search: URLSearchParams): Promise<ApiResult<StateHistory>> {
  const path = parsePath(statePath, { iso3 });
  if (!path.ok) return path;
  const query = parseQuery(statusQuery, search);
  if (!query.ok) return query;
  // From the first treaty's opening for signature, as the state's page.
  const asOf = await resolveAsOf(query.data.asOf);
  if (!asOf.ok) return asOf;
  const history = await getStateHistory(path.data.iso3, asOf.value);
  if (!history) return failure(404, "iso3", `"${path.data.iso3}" is not a state this tracker knows`);
  const { counting } = query.data;
  return success({
    iso3: history.iso3,
    iso2: history.iso2,
    name: history.depositaryName,
    shortName: history.shortName,
    unMember: history.unMember,
    asOf: history.asOf,
    counting,
    treaties: history.treaties.map((treaty) => treatyHistory(treaty, history.asOf, counting)),
  });
}
