// Every write runs in one transaction with its audit row and a bump of the
// data revision: the change, the record of who made it and why, and the signal
// other instances read (lib/data/treaty-snapshots.ts) land together or not at all.
import type { Prisma } from "../db/generated/client";

export type Tx = Prisma.TransactionClient;

export type AuditEntry = {
  /** Null for the command line (npm run admin:create). */
  userId: number | null;
  action: "create" | "update" | "delete" | "restore";
  entityType: "treaty_action" | "obligation_event" | "admin_user" | "treaty" | "target" | "region_grouping" | "region";
  entityId: string;
  reason?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  treatyId?: number | null;
  stateIso3?: string | null;
};

export async function recordChange(tx: Tx, entry: AuditEntry): Promise<number> {
  const { before, after, ...rest } = entry;
  const row = await tx.auditLogEntry.create({
    data: { ...rest, before: before ?? undefined, after: after ?? undefined },
  });
  return row.id;
}

/** Public data changed: every instance drops its snapshots and cached pages on its next stamp check. */
export async function bumpDataRevision(tx: Tx): Promise<void> {
  await tx.dataRevision.upsert({
    where: { id: 1 },
    create: { id: 1, revision: 1 },
    update: { revision: { increment: 1 }, changedAt: new Date() },
  });
}
