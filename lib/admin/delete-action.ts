// An editor deletes a recorded action, with a reason. The row is gone from the
// log but not from the audit log, where its last state is kept and from which
// it can be restored (restore-action.ts).
import type { Actor } from "../auth/sessions";
import { getPrisma } from "../db/client";
import type { ActionDeletion } from "../validations/treaty-action";
import { actionJson, lockTreaty, recordsOf, stateHistory } from "./action-context";
import { invalidatesAfterWrite } from "./after-write";
import { bumpDataRevision, recordChange } from "./audit";
import { newHistoryProblems } from "../domain/action-rules";
import { staleRowMessage } from "./stale-row";
import { byField, done, refused, type WriteResult } from "./write-result";

export async function deleteAction(actor: Actor, input: ActionDeletion): Promise<WriteResult<{ auditId: number }>> {
  const result = await getPrisma().$transaction(async (tx) => {
    const current = await tx.treatyAction.findUnique({ where: { id: input.id }, include: { treaty: true } });
    if (current) await lockTreaty(tx, current.treatyId);
    const row = current && (await tx.treatyAction.findUnique({ where: { id: input.id } }));
    const stale = await staleRowMessage(tx, row ?? null, input.id, input.version);
    if (stale || !row || !current) return refused<{ auditId: number }>(stale);

    const history = await stateHistory(tx, current.treatyId, row.stateIso3);
    const problems = newHistoryProblems(recordsOf(history), recordsOf(history.filter((other) => other.id !== row.id)));
    if (problems.length > 0) {
      return refused<{ auditId: number }>(
        "Deleting this action would leave the state's history impossible:",
        byField(problems),
      );
    }
    await tx.treatyAction.delete({ where: { id: row.id } });
    const auditId = await recordChange(tx, {
      userId: actor.id,
      action: "delete",
      entityType: "treaty_action",
      entityId: String(row.id),
      reason: input.reason,
      before: actionJson(row, current.treaty.slug),
      treatyId: current.treatyId,
      stateIso3: row.stateIso3,
    });
    await bumpDataRevision(tx);
    return done({ auditId });
  });
  if (result.ok) invalidatesAfterWrite();
  return result;
}
