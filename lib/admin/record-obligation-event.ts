// An editor records what a source says about a state's stockpile-destruction
// or clearance obligation (an extension granted at a meeting, completion
// declared ...), through the rules the seed files keep to.
import type { Actor } from "../auth/sessions";
import { getPrisma } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import type { ObligationEventFields } from "../validations/obligation-event-form";
import { findTreatyAndState, lockTreaty } from "./action-context";
import { invalidatesAfterWrite } from "./after-write";
import { bumpDataRevision, recordChange } from "./audit";
import {
  columnsOf,
  dbEventType,
  describeEventRow,
  eventOf,
  eventsOf,
  rowProblems,
  newHistoryProblems,
  obligationContext,
  obligationEventJson,
} from "./obligation-event-context";
import { byField, done, refused, type WriteResult } from "./write-result";

type Recorded = { id: number; treaty: string; state: string };

export async function recordObligationEvent(
  actor: Actor,
  fields: ObligationEventFields,
): Promise<WriteResult<Recorded>> {
  try {
    const result = await getPrisma().$transaction(async (tx) => {
      const found = await findTreatyAndState(tx, fields);
      if ("errors" in found) return refused<Recorded>(null, found.errors);
      const { treaty, state } = found;
      await lockTreaty(tx, treaty.id);
      const context = await obligationContext(tx, treaty, state.iso3, fields.kind);
      if ("errors" in context) return refused<Recorded>(null, context.errors);

      const type = dbEventType(fields.event);
      const same = context.rows.find(
        (row) => row.type === type && row.eventOn.toISOString().slice(0, 10) === fields.event_on.first,
      );
      if (same) return duplicate(state.shortName, describeEventRow(same));

      const before = eventsOf(context.rows);
      const after = [...before, eventOf(fields, state.iso3)];
      const problems = [...rowProblems(fields), ...newHistoryProblems(context, before, after, [before.length])];
      if (problems.length > 0) return refused<Recorded>(null, byField(problems));

      const row = await tx.obligationEvent.create({
        data: { treatyId: treaty.id, stateIso3: state.iso3, ...columnsOf(fields) },
      });
      await recordChange(tx, {
        userId: actor.id,
        action: "create",
        entityType: "obligation_event",
        entityId: String(row.id),
        after: obligationEventJson(row, treaty.slug),
        treatyId: treaty.id,
        stateIso3: state.iso3,
      });
      await bumpDataRevision(tx);
      return done({ id: row.id, treaty: treaty.slug, state: state.iso3 });
    });
    if (result.ok) invalidatesAfterWrite();
    return result;
  } catch (error) {
    // Another request saved the same event between our check and our insert.
    if (isUniqueViolation(error)) return duplicate(fields.state, "the same event, saved a moment ago by someone else");
    throw error;
  }
}

function duplicate(stateName: string, existing: string) {
  return refused<Recorded>(`This event is already recorded for ${stateName}: ${existing}.`, {
    event: [`is already recorded on that date: ${existing}`],
  });
}
