// The audit log as the admin reads it: newest first, filtered by treaty,
// state, account and UTC days, with the treaty and state named.
import "server-only";
import { getPrisma } from "../db/client";
import type { AuditLogEntry, Prisma } from "../db/generated/client";
import { addDaysIso, utcDateFromIso } from "../domain/dates";
import { pageWindow, type AuditFilters } from "../validations/admin-filters";
import { findStateIso3 } from "./admin-options";

/** A row as the audit log kept it (ActionJson, an account, a treaty's date): plain JSON values. */
export type AuditJson = Record<string, unknown>;

export type AuditRow = {
  id: number;
  /** ISO timestamp (UTC). */
  createdAt: string;
  /** Null: the command line. */
  user: { name: string; email: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  reason: string | null;
  before: AuditJson | null;
  after: AuditJson | null;
  treaty: { slug: string; shortName: string } | null;
  state: { iso3: string; shortName: string } | null;
};

export type AuditPage = { rows: AuditRow[]; total: number; page: number; pageCount: number; stateFound: boolean };

type Entry = AuditLogEntry & { user: { name: string; email: string } | null };

const asObject = (json: Prisma.JsonValue | null): AuditJson | null =>
  json !== null && typeof json === "object" && !Array.isArray(json) ? json : null;

/** Treaty and state names for a page of entries (the audit table keeps only their keys). */
async function named(entries: Entry[]): Promise<AuditRow[]> {
  const prisma = getPrisma();
  const iso3s = [...new Set(entries.flatMap((entry) => (entry.stateIso3 ? [entry.stateIso3] : [])))];
  const [treaties, states] = await Promise.all([
    prisma.treaty.findMany({ select: { id: true, slug: true, shortName: true } }),
    prisma.state.findMany({ where: { iso3: { in: iso3s } }, select: { iso3: true, shortName: true } }),
  ]);
  return entries.map((entry) => {
    const treaty = treaties.find((t) => t.id === entry.treatyId);
    return {
      id: entry.id,
      createdAt: entry.createdAt.toISOString(),
      user: entry.user ? { name: entry.user.name, email: entry.user.email } : null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      reason: entry.reason,
      before: asObject(entry.before),
      after: asObject(entry.after),
      treaty: treaty ? { slug: treaty.slug, shortName: treaty.shortName } : null,
      state: states.find((s) => s.iso3 === entry.stateIso3) ?? null,
    };
  });
}

const withUser = { user: { select: { name: true, email: true } } } as const;

export async function listAuditEntries(filters: AuditFilters): Promise<AuditPage> {
  const prisma = getPrisma();
  const iso3 = filters.state ? await findStateIso3(filters.state) : undefined;
  if (iso3 === null) return { rows: [], total: 0, page: 1, pageCount: 1, stateFound: false };
  const treaty = filters.treaty ? await prisma.treaty.findUnique({ where: { slug: filters.treaty } }) : undefined;
  const where: Prisma.AuditLogEntryWhereInput = {
    ...(treaty !== undefined ? { treatyId: treaty?.id ?? -1 } : {}),
    ...(iso3 ? { stateIso3: iso3 } : {}),
    ...(filters.user ? { userId: filters.user } : {}),
    createdAt: {
      ...(filters.from ? { gte: utcDateFromIso(filters.from) } : {}),
      // "To" includes the whole day, in UTC as shown.
      ...(filters.to ? { lt: utcDateFromIso(addDaysIso(filters.to, 1)) } : {}),
    },
  };
  const total = await prisma.auditLogEntry.count({ where });
  const { page, pageCount, skip, take } = pageWindow(total, filters.page);
  const entries = await prisma.auditLogEntry.findMany({
    where,
    orderBy: { id: "desc" },
    skip,
    take,
    include: withUser,
  });
  return { rows: await named(entries), total, page, pageCount, stateFound: true };
}

/** One action row's history, newest first. */
export async function auditEntriesForAction(id: number): Promise<AuditRow[]> {
  const entries = await getPrisma().auditLogEntry.findMany({
    where: { entityType: "treaty_action", entityId: String(id) },
    orderBy: { id: "desc" },
    include: withUser,
  });
  return named(entries);
}
