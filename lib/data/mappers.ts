// Database rows -> the domain's plain shapes (ISO date strings, no Prisma types).
import { isoFromUtcDate } from "../domain/dates";
import type { TreatyRules } from "../domain/types";
import type { Treaty } from "../db/generated/client";

export function toTreatyRules(treaty: Treaty): TreatyRules {
  return {
    slug: treaty.slug,
    openedForSignatureOn: isoFromUtcDate(treaty.openedForSignatureOn),
    entryIntoForceOn: isoFromUtcDate(treaty.entryIntoForceOn),
    entryIntoForceDelayMonths: treaty.entryIntoForceDelayMonths,
    withdrawalNoticeMonths: treaty.withdrawalNoticeMonths,
  };
}
