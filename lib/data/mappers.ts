// Database rows -> the domain's plain shapes (ISO date strings, no Prisma types).
import { isoFromUtcDate } from "../domain/dates";
import type { ObligationEvent, SourcedObligation } from "../domain/obligation-events";
import { partialDateFrom } from "../domain/partial-date";
import type { LaterJoinerRule, TreatyActionRecord, TreatyRules } from "../domain/types";
import type { ObligationEvent as ObligationEventRow, Treaty, TreatyAction } from "../db/generated/client";

export function toTreatyRules(treaty: Treaty): TreatyRules {
  return {
    slug: treaty.slug,
    openedForSignatureOn: isoFromUtcDate(treaty.openedForSignatureOn),
    entryIntoForceOn: isoFromUtcDate(treaty.entryIntoForceOn),
    signatureClosesOn: treaty.signatureClosesOn ? isoFromUtcDate(treaty.signatureClosesOn) : null,
    laterJoiners: laterJoinerRule(treaty),
    withdrawalNoticeMonths: treaty.withdrawalNoticeMonths,
  };
}

/** The row's rule and delay as the domain's rule (the database's check ensures the delay the rule needs is there). */
export function laterJoinerRule(
  treaty: Pick<Treaty, "laterJoinerRule" | "entryIntoForceDelayMonths" | "entryIntoForceDelayDays">,
): LaterJoinerRule {
  return treaty.laterJoinerRule === "days_after"
    ? { kind: "days-after", days: treaty.entryIntoForceDelayDays ?? 0 }
    : { kind: "first-day-of-month-after", months: treaty.entryIntoForceDelayMonths ?? 0 };
}

/** An action row as the state page lists it: the domain record plus how sure the source is. */
export function toActionRecord(action: TreatyAction): TreatyActionRecord & { confidence: string } {
  return {
    stateIso3: action.stateIso3,
    type: action.type,
    depositedOn: isoFromUtcDate(action.depositedOn),
    effectiveOn: action.effectiveOn ? isoFromUtcDate(action.effectiveOn) : null,
    effectDeferred: action.effectDeferred,
    source: action.source,
    confidence: action.confidence,
    note: action.note,
  };
}

export function toObligationEvent(row: ObligationEventRow): ObligationEvent {
  return {
    stateIso3: row.stateIso3,
    kind: row.kind as SourcedObligation, // the table's check allows only these two
    type: row.type.replaceAll("_", "-") as ObligationEvent["type"],
    on: partialDateFrom(isoFromUtcDate(row.eventOn), row.eventOnPrecision),
    deadline: row.deadline ? isoFromUtcDate(row.deadline) : null,
    meeting: row.meeting,
    informationOn: partialDateFrom(isoFromUtcDate(row.informationOn), row.informationOnPrecision),
    source: row.source,
    confidence: row.confidence,
    note: row.note,
  };
}
