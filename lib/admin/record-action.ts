// An editor records a new action (an accession deposited today, say).
import { invalidatesAfterWrite } from "./after-write";
import { getPrisma } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import type { Actor } from "../auth/sessions";
import type { ActionFields } from "../validations/treaty-action";
import {
  actionJson,
  columnsOf,
  describeRow,
  findTreatyAndState,
  lockTreaty,
  recordOf,
  recordsOf,
  ruleErrors,
  stateHistory,
} from "./action-context";
import { bumpDataRevision, recordChange } from "./audit";
import { done, refused, type WriteResult } from "./write-result";

/** How a restore from the audit log is recorded: the deletion it undoes, and why. */
type Restoring = { restoredFrom: number; reason: string };

export async function recordAction(
  actor: Actor,
  fields: ActionFields,
  restoring?: Restoring,
): Promise<WriteResult<{ id: number }>> {
  try {
    const result = await getPrisma().$transaction(async (tx) => {
      const found = await findTreatyAndState(tx, fields);
      if ("errors" in found) return refused<{ id: number }>(null, found.errors);
      const { treaty, state } = found;
      await lockTreaty(tx, treaty.id);
      const history = await stateHistory(tx, treaty.id, state.iso3);
      const same = history.find(
        (row) => row.type === fields.type && row.depositedOn.toISOString().slice(0, 10) === fields.depositedOn,
      );
      if (same) return duplicate(state.shortName, describeRow(same));
      const action = recordOf(fields, state.iso3);
      const before = recordsOf(history);
      const errors = ruleErrors(treaty, action, before, [...before, action]);
      if (Object.keys(errors).length > 0) return refused<{ id: number }>(null, errors);

      const row = await tx.treatyAction.create({
        data: { treatyId: treaty.id, stateIso3: state.iso3, origin: "admin", ...columnsOf(fields) },
      });
      await recordChange(tx, {
        userId: actor.id,
        action: restoring ? "restore" : "create",
        entityType: "treaty_action",
        entityId: String(row.id),
        reason: restoring
          ? `Restores the deletion in audit entry ${restoring.restoredFrom}: ${restoring.reason}`
          : null,
        after: actionJson(row, treaty.slug),
        treatyId: treaty.id,
        stateIso3: state.iso3,
      });
      await bumpDataRevision(tx);
      return done({ id: row.id });
    });
    if (result.ok) invalidatesAfterWrite();
    return result;
  } catch (error) {
    // Another request saved the same action between our check and our insert.
    if (isUniqueViolation(error)) return duplicate(fields.state, "the same action, saved a moment ago by someone else");
    throw error;
  }
}

function duplicate(stateName: string, existing: string) {
  return refused<{ id: number }>(`This action is already recorded for ${stateName}: ${existing}.`, {
    type: ["already recorded"],
  });
}
