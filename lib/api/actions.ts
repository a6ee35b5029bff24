// GET /api/v1/actions: the action log, filtered and a page at a time. Read from
// the database rather than the treaty snapshots, which keep no ids or sources.
import "server-only";
import { getPrisma } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { getTreatySnapshots } from "../data/treaty-snapshots";
import { isoFromUtcDate, utcDateFromIso } from "../domain/dates";
import { decodeCursor, encodeCursor, type ActionCursor } from "./cursor";
import { findTreaty, treatyRef } from "./lookups";
import { actionsQuery } from "./params";
import { parseQuery } from "./query";
import { failure, success, type ApiResult } from "./result";
import { apiActionType, dbActionType, type ActionPage, type ApiActionType } from "./schemas/actions";

type Filters = { treaty?: string; state?: string; types?: ApiActionType[]; from?: string; to?: string };

function whereOf(filters: Filters, after: ActionCursor | null): Prisma.TreatyActionWhereInput {
  const { treaty, state, types, from, to } = filters;
  return {
    ...(treaty ? { treaty: { slug: treaty } } : {}),
    ...(state ? { stateIso3: state } : {}),
    ...(types ? { type: { in: types.map(dbActionType) } } : {}),
    AND: [
      { depositedOn: { gte: from ? utcDateFromIso(from) : undefined, lte: to ? utcDateFromIso(to) : undefined } },
      after
        ? {
            OR: [
              { depositedOn: { gt: utcDateFromIso(after.depositedOn) } },
              { depositedOn: utcDateFromIso(after.depositedOn), id: { gt: after.id } },
            ],
          }
        : {},
    ],
  };
}

async function readPage(filters: Filters, after: ActionCursor | null, limit: number) {
  const rows = await getPrisma().treatyAction.findMany({
    where: whereOf(filters, after),
    orderBy: [{ depositedOn: "asc" }, { id: "asc" }],
    take: limit + 1,
    include: { treaty: { select: { slug: true } }, state: { select: { depositaryName: true } } },
  });
  const page = rows.slice(0, limit).map((row) => ({
    id: row.id,
    treaty: row.treaty.slug,
    state: row.stateIso3,
    stateName: row.state.depositaryName,
    type: apiActionType(row.type),
    depositedOn: isoFromUtcDate(row.depositedOn),
    effectiveOn: row.effectiveOn ? isoFromUtcDate(row.effectiveOn) : null,
    effectDeferred: row.effectDeferred,
    source: row.source,
    confidence: row.confidence,
    note: row.note,
  }));
  const last = page.at(-1);
  return { page, next: rows.length > limit && last ? encodeCursor(last) : null };
}

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
  const { page, next } = await readPage(filters, after, limit);
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
