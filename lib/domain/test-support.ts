// Builders for domain tests: treaties shaped like the real ones, actions with defaults.
import type { TreatyActionRecord, TreatyRules } from "./types";

export const CCM_RULES: TreatyRules = {
  slug: "ccm",
  openedForSignatureOn: "2008-12-03",
  entryIntoForceOn: "2010-08-01",
  signatureClosesOn: "2010-08-01",
  laterJoiners: { kind: "first-day-of-month-after", months: 6 },
  withdrawalNoticeMonths: 6,
};
export const MBT_RULES: TreatyRules = {
  slug: "mine-ban-treaty",
  openedForSignatureOn: "1997-12-03",
  entryIntoForceOn: "1999-03-01",
  signatureClosesOn: "1999-03-01",
  laterJoiners: { kind: "first-day-of-month-after", months: 6 },
  withdrawalNoticeMonths: 6,
};

export function action(
  partial: Partial<TreatyActionRecord> & Pick<TreatyActionRecord, "type" | "depositedOn">,
): TreatyActionRecord {
  return { stateIso3: "XXX", effectiveOn: null, effectDeferred: false, source: "test", note: null, ...partial };
}
