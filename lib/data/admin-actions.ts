// The admin's reads of the action log: the list (newest recorded first) and
// one row for the correction form.
import "server-only";
import { getPrisma } from "../db/client";
import type { Prisma, State, Treaty, TreatyAction } from "../db/generated/client";
import { isoFromUtcDate, type IsoDate } from "../domain/dates";
import type { ActionType } from "../domain/types";
import { pageWindow, type ActionFilters } from "../validations/admin-filters";
import { findStateIso3 } from "./admin-options";

export type ActionRow = {
  id: number;
  treaty: { slug: string; shortName: string };
  state: { iso3: string; shortName: string };
  type: ActionType;
  depositedOn: IsoDate;
  effectiveOn: IsoDate | null;
  effectDeferred: boolean;
  source: string;
  confidence: "confirmed" | "unconfirmed";
  note: string | null;
  origin: "seed" | "admin";
  version: number;
  /** ISO timestamps (UTC). */
  createdAt: string;
  updatedAt: string;
};

export type ActionPage = {
  rows: ActionRow[];
  total: number;
  page: number;
  pageCount: number;
  /** False when the state typed into the filter matches no state. */
  stateFound: boolean;
};

function toRow(row: TreatyAction & { treaty: Treaty; state: State }): ActionRow {
  return {
    id: row.id,
    treaty: { slug: row.treaty.slug, shortName: row.treaty.shortName },
    state: { iso3: row.state.iso3, shortName: row.state.shortName },
    type: row.type,
    depositedOn: isoFromUtcDate(row.depositedOn),
    effectiveOn: row.effectiveOn ? isoFromUtcDate(row.effectiveOn) : null,
    effectDeferred: row.effectDeferred,
    source: row.source,
    confidence: row.confidence,
    note: row.note,
    origin: row.origin,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listActions(filters: ActionFilters): Promise<ActionPage> {
  const prisma = getPrisma();
  const iso3 = filters.state ? await findStateIso3(filters.state) : undefined;
  if (iso3 === null) return { rows: [], total: 0, page: 1, pageCount: 1, stateFound: false };
  const where: Prisma.TreatyActionWhereInput = {
    ...(filters.treaty ? { treaty: { slug: filters.treaty } } : {}),
    ...(iso3 ? { stateIso3: iso3 } : {}),
  };
  const total = await prisma.treatyAction.count({ where });
  const { page, pageCount, skip, take } = pageWindow(total, filters.page);
  const rows = await prisma.treatyAction.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip,
    take,
    include: { treaty: true, state: true },
  });
  return { rows: rows.map(toRow), total, page, pageCount, stateFound: true };
}

export async function getActionForEdit(id: number): Promise<ActionRow | null> {
  const row = await getPrisma().treatyAction.findUnique({ where: { id }, include: { treaty: true, state: true } });
  return row ? toRow(row) : null;
}
