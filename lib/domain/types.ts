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

/** What the engine needs to know about a treaty to read its action log. */
export type TreatyRules = {
  slug: string;
  openedForSignatureOn: IsoDate;
  entryIntoForceOn: IsoDate;
  entryIntoForceDelayMonths: number;
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
