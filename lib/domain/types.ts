// Plain data the domain functions work on: no Prisma, no React. The read
// module (lib/data) maps database rows into these shapes.
import type { IsoDate } from "./dates";

export const CONSENT_TYPES = ["ratification", "acceptance", "approval", "accession", "succession"] as const;
/** Suspension and provisional application are annotations: they change no status. */
export const ACTION_TYPES = [
  "signature",
  ...CONSENT_TYPES,
  "withdrawal",
  "suspension",
  "provisional_application",
] as const;

export type ConsentType = (typeof CONSENT_TYPES)[number];
export type ActionType = (typeof ACTION_TYPES)[number];

export function isConsent(type: ActionType): type is ConsentType {
  return (CONSENT_TYPES as readonly string[]).includes(type);
}

/**
 * When the treaty enters into force for a state that consents after the
 * treaty's own entry into force: "the first day of the sixth month after" its
 * deposit (Mine Ban Treaty and CCM, Art. 17) or "the ninetieth day after" it
 * (TPNW Art. 15, ATT Art. 22).
 */
export type LaterJoinerRule =
  { kind: "first-day-of-month-after"; months: number } | { kind: "days-after"; days: number };

/** What the engine needs to know about a treaty to read its action log. */
export type TreatyRules = {
  slug: string;
  openedForSignatureOn: IsoDate;
  entryIntoForceOn: IsoDate;
  /** The last day states could sign; null while it stays open (TPNW Art. 13). */
  signatureClosesOn: IsoDate | null;
  laterJoiners: LaterJoinerRule;
  withdrawalNoticeMonths: number;
};

export type TreatyActionRecord = {
  stateIso3: string;
  type: ActionType;
  depositedOn: IsoDate;
  /** A date the source gives that overrides the computed one. */
  effectiveOn: IsoDate | null;
  effectDeferred: boolean;
  source: string;
  note: string | null;
};
