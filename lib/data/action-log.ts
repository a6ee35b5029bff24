// A treaty's action log as recorded, row by row with its source: what the
// snapshots fold into timelines, for the log's download.
import "server-only";
import { getPrisma } from "../db/client";
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
  confidence: string;
  note: string | null;
};

/** Every field optional; `from` and `to` bound the deposit date, both included. */
export type ActionLogFilter = { state?: string; type?: ActionType; from?: IsoDate; to?: IsoDate };

/** The treaty's actions (by its canonical slug) matching the filter, in deposit order. */
export async function getActionLog(treatySlug: string, filter: ActionLogFilter): Promise<LoggedAction[]> {
  const rows = await getPrisma().treatyAction.findMany({
    where: {
      treaty: { slug: treatySlug },
      stateIso3: filter.state,
      type: filter.type,
      depositedOn: {
        gte: filter.from ? utcDateFromIso(filter.from) : undefined,
        lte: filter.to ? utcDateFromIso(filter.to) : undefined,
      },
    },
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
