// The admin's read of the obligation events: newest event first, filtered by
// treaty and state, each row with what the delete form needs.
import "server-only";
import { getPrisma } from "../db/client";
import type { ObligationEvent, Prisma, State, Treaty } from "../db/generated/client";
import type { ObligationConfidence, ObligationEventType, SourcedObligation } from "../domain/obligation-events";
import type { PartialDate } from "../domain/partial-date";
import { toObligationEvent } from "./mappers";
import { pageWindow, type ActionFilters } from "../validations/admin-filters";
import { findStateIso3 } from "./admin-options";

export type ObligationEventRow = {
  id: number;
  treaty: { slug: string; shortName: string };
  state: { iso3: string; shortName: string };
  kind: SourcedObligation;
  type: ObligationEventType;
  on: PartialDate;
  deadline: string | null;
  meeting: string | null;
  informationOn: PartialDate;
  source: string;
  confidence: ObligationConfidence;
  note: string | null;
  origin: "seed" | "admin";
  /** ISO timestamp (UTC). */
  createdAt: string;
};

export type ObligationEventPage = {
  rows: ObligationEventRow[];
  total: number;
  page: number;
  pageCount: number;
  /** False when the state typed into the filter matches no state. */
  stateFound: boolean;
};

function toRow(row: ObligationEvent & { treaty: Treaty; state: State }): ObligationEventRow {
  const event = toObligationEvent(row);
  return {
    id: row.id,
    treaty: { slug: row.treaty.slug, shortName: row.treaty.shortName },
    state: { iso3: row.state.iso3, shortName: row.state.shortName },
    kind: event.kind,
    type: event.type,
    on: event.on,
    deadline: event.deadline,
    meeting: event.meeting,
    informationOn: event.informationOn,
    source: event.source,
    confidence: event.confidence,
    note: event.note,
    origin: row.origin,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listObligationEvents(filters: ActionFilters): Promise<ObligationEventPage> {
  const prisma = getPrisma();
  const iso3 = filters.state ? await findStateIso3(filters.state) : undefined;
  if (iso3 === null) return { rows: [], total: 0, page: 1, pageCount: 1, stateFound: false };
  const where: Prisma.ObligationEventWhereInput = {
    ...(filters.treaty ? { treaty: { slug: filters.treaty } } : {}),
    ...(iso3 ? { stateIso3: iso3 } : {}),
  };
  const total = await prisma.obligationEvent.count({ where });
  const { page, pageCount, skip, take } = pageWindow(total, filters.page);
  const rows = await prisma.obligationEvent.findMany({
    where,
    orderBy: [{ eventOn: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    skip,
    take,
    include: { treaty: true, state: true },
  });
  return { rows: rows.map(toRow), total, page, pageCount, stateFound: true };
}
