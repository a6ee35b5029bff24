// What every write to the action log needs: the treaty and state the form
// names, a lock that makes writes to one treaty take turns, the state's
// history, and the rules (lib/domain/action-rules.ts) applied to the change.
import { actionProblems, newHistoryProblems } from "../domain/action-rules";
import { todayIso, utcDateFromIso } from "../domain/dates";
import type { TreatyActionRecord } from "../domain/types";
import type { State, Treaty, TreatyAction } from "../db/generated/client";
import { toActionRecord, toTreatyRules } from "../data/mappers";
import type { ActionFields } from "../validations/treaty-action";
import type { Tx } from "./audit";
import { byField, type FieldErrors } from "./write-result";

/** The treaty by slug or alias, the state by ISO3 code or name ("Niue", "NIU", "Niue (NIU)"). */
export async function findTreatyAndState(
  tx: Tx,
  fields: Pick<ActionFields, "treaty" | "state">,
): Promise<{ treaty: Treaty; state: State } | { errors: FieldErrors }> {
  const slug = fields.treaty.toLowerCase();
  const treaty = await tx.treaty.findFirst({ where: { OR: [{ slug }, { aliases: { has: slug } }] } });
  const code = /\(([A-Za-z]{3})\)\s*$/.exec(fields.state)?.[1] ?? fields.state;
  const state = await tx.state.findFirst({
    where: {
      OR: [
        { iso3: code.toUpperCase() },
        { shortName: { equals: fields.state, mode: "insensitive" } },
        { depositaryName: { equals: fields.state, mode: "insensitive" } },
      ],
    },
  });
  const errors: FieldErrors = {};
  if (!treaty) errors.treaty = [`"${fields.treaty}" is not a treaty this tracker knows`];
  if (!state) errors.state = [`no state matches "${fields.state}": type a name or ISO code and pick it from the list`];
  return treaty && state ? { treaty, state } : { errors };
}

/**
 * Writes to one treaty take turns: each transaction first locks the treaty's
 * row, so two editors saving the same accession at once are checked one after
 * the other and the second sees the first's row. (The unique key on the
 * action backs this up.)
 */
export async function lockTreaty(tx: Tx, treatyId: number): Promise<void> {
  await tx.$queryRaw`SELECT id FROM treaties WHERE id = ${treatyId} FOR UPDATE`;
}

export function stateHistory(tx: Tx, treatyId: number, stateIso3: string): Promise<TreatyAction[]> {
  return tx.treatyAction.findMany({ where: { treatyId, stateIso3 }, orderBy: { depositedOn: "asc" } });
}

/** The fields as the domain's record (what the engine computes with). */
export function recordOf(fields: ActionFields, stateIso3: string): TreatyActionRecord {
  return {
    stateIso3,
    type: fields.type,
    depositedOn: fields.depositedOn,
    effectiveOn: fields.effectiveOn,
    effectDeferred: fields.effectDeferred,
    source: fields.source,
    note: fields.note,
  };
}

/** The row's columns for a create or update. */
export function columnsOf(fields: ActionFields) {
  return {
    type: fields.type,
    depositedOn: utcDateFromIso(fields.depositedOn),
    effectiveOn: fields.effectiveOn ? utcDateFromIso(fields.effectiveOn) : null,
    effectDeferred: fields.effectDeferred,
    source: fields.source,
    confidence: fields.confidence,
    note: fields.note,
  };
}

/** The rules for a change of one state's history: `after` is the history with the change made. */
export function ruleErrors(
  treaty: Treaty,
  action: TreatyActionRecord,
  before: readonly TreatyActionRecord[],
  after: readonly TreatyActionRecord[],
): FieldErrors {
  const facts = { ...toTreatyRules(treaty), shortName: treaty.shortName };
  return byField([...actionProblems(facts, action, todayIso()), ...newHistoryProblems(before, after)]);
}

/** What the audit log keeps of an action row: every column, dates as ISO strings, the treaty by slug. */
export function actionJson(row: TreatyAction, treatySlug: string) {
  const record = toActionRecord(row);
  return {
    id: row.id,
    treaty: treatySlug,
    state: row.stateIso3,
    type: row.type,
    depositedOn: record.depositedOn,
    effectiveOn: record.effectiveOn,
    effectDeferred: row.effectDeferred,
    source: row.source,
    confidence: row.confidence,
    note: row.note,
    origin: row.origin,
    version: row.version,
  };
}
export type ActionJson = ReturnType<typeof actionJson>;

export const recordsOf = (rows: readonly TreatyAction[]) => rows.map(toActionRecord);

/** "the accession of 2020-08-06 (row 412)" */
export const describeRow = (row: Pick<TreatyAction, "id" | "type" | "depositedOn">) =>
  `the ${row.type.replace("_", " ")} of ${row.depositedOn.toISOString().slice(0, 10)} (row ${row.id})`;
