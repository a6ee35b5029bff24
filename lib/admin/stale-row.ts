// An edit or deletion carries the row's version from when the form was opened.
// If the row has changed (or gone) since, the write is refused with who did it
// and when, from the audit log.
import type { TreatyAction } from "../db/generated/client";
import type { Tx } from "./audit";

async function lastChange(tx: Tx, id: number): Promise<string> {
  const entry = await tx.auditLogEntry.findFirst({
    where: { entityType: "treaty_action", entityId: String(id) },
    orderBy: { id: "desc" },
    include: { user: true },
  });
  if (!entry) return "by the seed loader";
  const who = entry.user ? `${entry.user.name} (${entry.user.email})` : "from the command line";
  return `by ${who} at ${entry.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** Null when the row is there at the version the form saw; else the message for the editor. */
export async function staleRowMessage(tx: Tx, row: TreatyAction | null, id: number, version: number) {
  if (!row) return `This action was deleted ${await lastChange(tx, id)} after you opened the form.`;
  if (row.version !== version) {
    return `This action was changed ${await lastChange(tx, id)} after you opened the form; reload it to see the change before editing.`;
  }
  return null;
}
