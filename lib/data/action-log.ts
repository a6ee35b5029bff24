// The action log as recorded, row by row with its id and source: what the
// snapshots fold into timelines (and do not keep), for the log's download and
// the API's /actions. One filter for both.
import "server-only";
import { getPrisma } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { isoFromUtcDate, utcDateFromIso, type IsoDate } from "../domain/dates";
import type { ActionType } from "../domain/types";

export type LoggedAction = {
  iso3: string;
  name: string;
  shortName: string;
  type: ActionType;
  depositedOn: IsoDate;
  effectiveOn: IsoDate | null;
  effectDeferred: boolean;
  source: string;
  confidence: "confirmed" | "unconfirmed";
  note: string | null;
};

/** Every field optional; `from` and `to` bound the deposit date, both included. */
export type ActionLogFilter = { state?: string; type?: ActionType; from?: IsoDate; to?: IsoDate };

/** The filter as a query: `treaty` by canonical slug, `types` any of them. */
function whereOf(
  filter: Omit<ActionLogFilter, "type"> & { treaty?: string; types?: readonly ActionType[] },
): Prisma.TreatyActionWhereInput {
  return {
    treaty: filter.treaty ? { slug: filter.treaty } : undefined,
    stateIso3: filter.state,
    type: filter.types ? { in: [...filter.types] } : undefined,
    depositedOn: {
      gte: filter.from ? utcDateFromIso(filter.from) : undefined,
      lte: filter.to ? utcDateFromIso(filter.to) : undefined,
    },
  };
}

/** The treaty's actions (by its canonical slug) matching the filter, in deposit order. */
export async function getActionLog(treatySlug: string, filter: ActionLogFilter): Promise<LoggedAction[]> {
  const { type, ...rest } = filter;
  const rows = await getPrisma().treatyAction.findMany({
    where: whereOf({ ...rest, treaty: treatySlug, types: type ? [type] : undefined }),
    include: { state: { select: { depositaryName: true, shortName: true } } },
    orderBy: [{ depositedOn: "asc" }, { stateIso3: "asc" }, { type: "asc" }],
  });
  return rows.map((row) => ({
    iso3: row.stateIso3,
    name: row.state.depositaryName,
    shortName: row.state.shortName,
    type: row.type,
    depositedOn: isoFromUtcDate(row.depositedOn),
    effectiveOn: row.effectiveOn ? isoFromUtcDate(row.effectiveOn) : null,
    effectDeferred: row.effectDeferred,
    source: row.source,
    confidence: row.confidence,
    note: row.note,
  }));
}

export type PagedAction = Omit<LoggedAction, "iso3" | "name" | "shortName"> & {
  id: number;
  treaty: string;
  state: string;
  stateName: string;
};

/**
 * One page of the log across treaties, ordered by deposit date then id, starting
 * right after `after` (the previous page's last row); `next` is that page's last
 * row when more follow.
 */
export async function getActionPage(
  filter: Omit<ActionLogFilter, "type"> & { treaty?: string; types?: readonly ActionType[] },
  after: { depositedOn: IsoDate; id: number } | null,
  limit: number,
): Promise<{ page: PagedAction[]; next: PagedAction | null }> {
  const afterCursor: Prisma.TreatyActionWhereInput = after
    ? {
        OR: [
          { depositedOn: { gt: utcDateFromIso(after.depositedOn) } },
          { depositedOn: utcDateFromIso(after.depositedOn), id: { gt: after.id } },
        ],
      }
    : {};
  const rows = await getPrisma().treatyAction.findMany({
    where: { AND: [whereOf(filter), afterCursor] },
    orderBy: [{ depositedOn: "asc" }, { id: "asc" }],
    take: limit + 1,
    include: { treaty: { select: { slug: true } }, state: { select: { depositaryName: true } } },
  });
  const page = rows.slice(0, limit).map((row) => ({
    id: row.id,
    treaty: row.treaty.slug,
    state: row.stateIso3,
    stateName: row.state.depositaryName,
    type: row.type,
    depositedOn: isoFromUtcDate(row.depositedOn),
    effectiveOn: row.effectiveOn ? isoFromUtcDate(row.effectiveOn) : null,
    effectDeferred: row.effectDeferred,
    source: row.source,
    confidence: row.confidence,
    note: row.note,
  }));
  return { page, next: rows.length > limit ? (page.at(-1) ?? null) : null };
}
