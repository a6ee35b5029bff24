// The action form's fields: their labels (shared by the fields, the error
// summary and the preview's messages) and which fields apply to which type.
import { CONSENT_TYPES } from "@/lib/domain/types";
import type { FieldRef } from "./field-errors";

export const ACTION_FIELD_LABELS = {
  treaty: "Treaty",
  state: "State",
  type: "Action type",
  depositedOn: "Deposit date",
  effectiveOn: "Effect date (override)",
  effectDeferred: "Effect deferred (the state is engaged in an armed conflict)",
  source: "Source",
  confidence: "Confidence",
  note: "Note",
  reason: "Reason for the correction",
} as const;

/** The fields the preview is computed from (everything the action itself holds). */
const ACTION_FIELDS = [
  "treaty",
  "state",
  "type",
  "depositedOn",
  "effectiveOn",
  "effectDeferred",
  "source",
  "confidence",
  "note",
] as const;

/**
 * A source's own effect date applies to consents (a succession dated from
 * independence) and withdrawals; deferral (armed conflict) only to withdrawals.
 */
export const takesEffectDate = (type: string) =>
  type === "withdrawal" || (CONSENT_TYPES as readonly string[]).includes(type);
export const takesDeferral = (type: string) => type === "withdrawal";

/** The action's values out of a form's current values, without the fields its type does not take. */
export function actionValues(all: Record<string, string | undefined>): Record<string, string> {
  const type = all.type ?? "";
  const values: Record<string, string> = {};
  for (const name of ACTION_FIELDS) {
    const value = all[name];
    if (value === undefined) continue;
    if (name === "effectiveOn" && !takesEffectDate(type)) continue;
    if (name === "effectDeferred" && !takesDeferral(type)) continue;
    values[name] = value;
  }
  return values;
}

/** Summary links for a form with this id; a correction shows no treaty or state field to link to. */
export function actionFieldRefs(formId: string, correcting: boolean): Record<string, FieldRef> {
  return Object.fromEntries(
    Object.entries(ACTION_FIELD_LABELS)
      .filter(([name]) => !(correcting && (name === "treaty" || name === "state")))
      .map(([name, label]) => [name, { id: `${formId}-${name}`, label }]),
  );
}
