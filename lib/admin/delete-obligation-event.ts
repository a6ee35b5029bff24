// An editor deletes a recorded obligation event, with a reason. The row is
// gone from the data but not from the audit log, which keeps its last state;
// the seed loader does not bring a deleted seed event back
// (seed/load-obligations.ts reads these deletions).
import type { Actor } from "../auth/sessions";
import { getPrisma } from "../db/client";
import type { ObligationEventDeletion } from "../validations/obligation-event-form";
import { lockTreaty } from "./action-context";
import { invalidatesAfterWrite } from "./after-write";
import { bumpDataRevision, recordChange, type Tx } from "./audit";
import {
  describeEventRow,
  eventsOf,
  newHistoryProblems,
  obligationContext,
  obligationEventJson,
} from "./obligation-event-context";
import { byField, done, refused, type WriteResult } from "./write-result";

type Deleted = { auditId: number; treaty: string; state: string };

/** Who deleted the row, for an editor whose list was older than that deletion. */
async function goneMessage(tx: Tx, id: number): Promise<string> {
  const entry = await tx.auditLogEntry.findFirst({
    where: { entityType: "obligation_event", entityId: String(id), action: "delete" },
    orderBy: { id: "desc" },
    include: { user: true },
  });
  if (!entry) return `There is no obligation event ${id}: it may have been removed from the seed files.`;
  const who = entry.user ? `${entry.user.name} (${entry.user.email})` : "from the command line";
  const when = entry.createdAt.toISOString().slice(0, 16).replace("T", " ");
  return `This obligation event was already deleted by ${who} at ${when} UTC.`;
}

export async function deleteObligationEvent(
  actor: Actor,
  input: ObligationEventDeletion,
): Promise<WriteResult<Deleted>> {
  const result = await getPrisma().$transaction(async (tx) => {
    const found = await tx.obligationEvent.findUnique({ where: { id: input.id }, select: { treatyId: true } });
    if (found) await lockTreaty(tx, found.treatyId);
    // Read again under the lock: another editor may have deleted it meanwhile.
    const row = found && (await tx.obligationEvent.findUnique({ where: { id: input.id }, include: { treaty: true } }));
    if (!row) return refused<Deleted>(await goneMessage(tx, input.id));

    const context = await obligationContext(tx, row.treaty, row.stateIso3, row.kind);
    if ("errors" in context) return refused<Deleted>(null, context.errors);
    const remaining = context.rows.filter((other) => other.id !== row.id);
    const problems = newHistoryProblems(context, eventsOf(context.rows), eventsOf(remaining));
    if (problems.length > 0) {
      // Each problem is another event's: say which.
      const named = problems.map(({ index, field, message }) => {
        const other = remaining[index];
        return { field, message: other ? `${describeEventRow(other)}: ${message}` : message };
      });
      return refused<Deleted>(
        "Deleting this event would leave the state's obligation history impossible:",
        byField(named),
      );
    }
    await tx.obligationEvent.delete({ where: { id: row.id } });
    const { treaty, ...columns } = row;
    const auditId = await recordChange(tx, {
      userId: actor.id,
      action: "delete",
      entityType: "obligation_event",
      entityId: String(row.id),
      reason: input.reason,
      before: obligationEventJson(columns, treaty.slug),
      treatyId: row.treatyId,
      stateIso3: row.stateIso3,
    });
    await bumpDataRevision(tx);
    return done({ auditId, treaty: treaty.slug, state: row.stateIso3 });
  });
  if (result.ok) invalidatesAfterWrite();
  return result;
}
