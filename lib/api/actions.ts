// GET /api/v1/actions: the action log, filtered and a page at a time (read by
// lib/data/action-log.ts: the treaty snapshots keep no ids or sources).
import "server-only";
import { getActionPage } from "../data/action-log";
import { getTreatySnapshots } from "../data/treaty-snapshots";
import { decodeCursor, encodeCursor } from "./cursor";
import { findTreaty, treatyRef } from "./lookups";
import { actionsQuery } from "./params";
import { parseQuery } from "./query";
import { failure, success, type ApiResult } from "./result";
import { apiActionType, dbActionType, type ActionPage } from "./schemas/actions";

export async function actionsAnswer(search: URLSearchParams): Promise<ApiResult<ActionPage>> {
  const query = parseQuery(actionsQuery, search);
  if (!query.ok) return query;
  const { treaty: slug, state, type: types, from, to, cursor, limit } = query.data;
  const after = cursor === undefined ? null : decodeCursor(cursor);
  if (cursor !== undefined && !after) return failure(400, "cursor", "is not a cursor this API gave out (use `next`)");
  if (from && to && to < from) return failure(400, "to", `must not be before from (${from})`);
  const treaty = slug === undefined ? null : await findTreaty(slug, "treaty", 400);
  if (treaty && !treaty.ok) return treaty;
  const snapshots = treaty ? [treaty.value] : await getTreatySnapshots();
  if (state && !snapshots[0]?.stateByIso.has(state)) {
    return failure(400, "state", `"${state}" is not a state this tracker knows`);
  }
  const filters = { treaty: treaty?.value.slug, state, types, from, to };
  const read = await getActionPage({ ...filters, types: types?.map(dbActionType) }, after, limit);
  const page = read.page.map((action) => ({ ...action, type: apiActionType(action.type) }));
  const next = read.next ? encodeCursor(read.next) : null;
  return success({
    filters: {
      treaty: filters.treaty ?? null,
      state: state ?? null,
      type: types ?? null,
      from: from ?? null,
      to: to ?? null,
    },
    limit,
    next,
    treaties: snapshots.map(treatyRef),
    actions: page,
  });
}
