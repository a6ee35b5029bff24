// An editor corrects a recorded action, with a reason. The treaty and state
// stay as they were (to move an action, delete it and record it anew).
import type { Actor } from "../auth/sessions";
import { getPrisma } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import type { ActionCorrection } from "../validations/treaty-action";
import {
  actionJson,
  columnsOf,
  describeRow,
  lockTreaty,
  recordOf,
  recordsOf,
  ruleErrors,
  stateHistory,
} from "./action-context";
import { invalidatesAfterWrite } from "./after-write";
import { bumpDataRevision, recordChange } from "./audit";
import { staleRowMessage } from "./stale-row";
import { done, refused, type WriteResult } from "./write-result";

export async function correctAction(actor: Actor, input: ActionCorrection): Promise<WriteResult<{ id: number }>> {
  try {
    const result = await getPrisma().$transaction(async (tx) => {
      const current = await tx.treatyAction.findUnique({ where: { id: input.id }, include: { treaty: true } });
      if (current) await lockTreaty(tx, current.treatyId);
      const row = current && (await tx.treatyAction.findUnique({ where: { id: input.id } }));
      const stale = await staleRowMessage(tx, row ?? null, input.id, input.version);
      if (stale || !row || !current) return refused<{ id: number }>(stale);
      const { treaty } = current;

      const history = await stateHistory(tx, treaty.id, row.stateIso3);
      const clash = history.find(
        (other) =>
          other.id !== row.id &&
          other.type === input.type &&
          other.depositedOn.toISOString().slice(0, 10) === input.depositedOn,
      );
      if (clash)
        return refused<{ id: number }>(`That would duplicate ${describeRow(clash)}.`, { type: ["already recorded"] });
      const action = recordOf(input, row.stateIso3);
      const before = recordsOf(history);
      const after = [...recordsOf(history.filter((other) => other.id !== row.id)), action];
      const errors = ruleErrors(treaty, action, before, after);
      if (Object.keys(errors).length > 0) return refused<{ id: number }>(null, errors);

      const updated = await tx.treatyAction.update({
        where: { id: row.id },
        data: { ...columnsOf(input), origin: "admin", version: { increment: 1 } },
      });
      await recordChange(tx, {
        userId: actor.id,
        action: "update",
        entityType: "treaty_action",
        entityId: String(row.id),
        reason: input.reason,
        before: actionJson(row, treaty.slug),
        after: actionJson(updated, treaty.slug),
        treatyId: treaty.id,
        stateIso3: row.stateIso3,
      });
      await bumpDataRevision(tx);
      return done({ id: row.id });
    });
    if (result.ok) invalidatesAfterWrite();
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) return refused("That would duplicate an action saved a moment ago by someone else.");
    throw error;
  }
}
