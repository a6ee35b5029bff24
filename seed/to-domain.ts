// Seed rows -> the domain's shapes, so tests and tools can compute from the
// files exactly what the app computes from the database.
import type { TreatyActionRecord, TreatyRules } from "../lib/domain/types";
import type { ActionRow } from "../lib/validations/action-row";
import type { TreatySeed } from "./schemas";

export function seedTreatyRules(treaty: TreatySeed): TreatyRules {
  return {
    slug: treaty.slug,
    openedForSignatureOn: treaty.openedForSignatureOn,
    entryIntoForceOn: treaty.entryIntoForceOn,
    signatureClosesOn: treaty.signatureClosesOn ?? null,
    laterJoiners:
      treaty.laterJoinerRule === "days_after"
        ? { kind: "days-after", days: treaty.entryIntoForceDelayDays ?? 0 }
        : { kind: "first-day-of-month-after", months: treaty.entryIntoForceDelayMonths ?? 0 },
    withdrawalNoticeMonths: treaty.withdrawalNoticeMonths,
  };
}

/** File names use hyphens ("provisional-application"); the domain and the database enum use underscores. */
export function actionType(row: ActionRow): TreatyActionRecord["type"] {
  return row.action.replaceAll("-", "_") as TreatyActionRecord["type"];
}

export function seedActionRecords(rows: readonly ActionRow[]): TreatyActionRecord[] {
  return rows.map((row) => ({
    stateIso3: row.state,
    type: actionType(row),
    depositedOn: row.deposited_on,
    effectiveOn: row.effective_on,
    effectDeferred: row.effect_deferred,
    source: row.source,
    note: row.note,
  }));
}
