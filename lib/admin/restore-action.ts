// Brings a deleted action back from the audit log, with a reason, through the
// same rules as recording it anew. The restored row gets a new id; its audit
// entry names the deletion it undoes.
import type { Actor } from "../auth/sessions";
import { getPrisma } from "../db/client";
import type { ActionRestore } from "../validations/treaty-action";
import type { ActionJson } from "./action-context";
import { recordAction } from "./record-action";
import { refused, type WriteResult } from "./write-result";

export async function restoreAction(actor: Actor, input: ActionRestore): Promise<WriteResult<{ id: number }>> {
  const entry = await getPrisma().auditLogEntry.findUnique({ where: { id: input.auditId } });
  if (!entry || entry.action !== "delete" || entry.entityType !== "treaty_action" || !entry.before) {
    return refused("Only a deleted action can be restored, from its deletion in the audit log.");
  }
  const deleted = entry.before as unknown as ActionJson;
  return recordAction(
    actor,
    {
      treaty: deleted.treaty,
      state: deleted.state,
      type: deleted.type,
      depositedOn: deleted.depositedOn,
      effectiveOn: deleted.effectiveOn,
      effectDeferred: deleted.effectDeferred,
      source: deleted.source,
      confidence: deleted.confidence,
      note: deleted.note,
    },
    { restoredFrom: entry.id, reason: input.reason },
  );
}
