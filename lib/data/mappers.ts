// Database rows -> the domain's plain shapes (ISO date strings, no Prisma types).
import { isoFromUtcDate } from "../domain/dates";
import type { TreatyActionRecord, TreatyRules } from "../domain/types";
import type { Treaty, TreatyAction } from "../db/generated/client";

export function toTreatyRules(treaty: Treaty): TreatyRules {
  return {
    slug: treaty.slug,
    openedForSignatureOn: isoFromUtcDate(treaty.openedForSignatureOn),
    entryIntoForceOn: isoFromUtcDate(treaty.entryIntoForceOn),
    entryIntoForceDelayMonths: treaty.entryIntoForceDelayMonths,
    withdrawalNoticeMonths: treaty.withdrawalNoticeMonths,
  };
}

export function toActionRecord(action: TreatyAction): TreatyActionRecord {
  return {
    stateIso3: action.stateIso3,
    type: action.type,
    depositedOn: isoFromUtcDate(action.depositedOn),
    effectiveOn: action.effectiveOn ? isoFromUtcDate(action.effectiveOn) : null,
    effectDeferred: action.effectDeferred,
    source: action.source,
    note: action.note,
  };
}
