// What a depositary status page says, as read from the page saved from the UN
// Treaty Collection ("View details" of a treaty in the MTDSG): plain data, no HTML.
import type { IsoDate } from "../domain/dates";
import type { ConsentType } from "../domain/types";

/** A date cell of the participants table: "[24 Mar 2011 n]" -> 2011-03-24, bracketed. */
export type PageDate = { on: IsoDate; bracketed: boolean };

export type Participant = {
  /** As printed, without its footnote markers ("Netherlands (Kingdom of the)"). */
  name: string;
  /** The end notes the name points to ("Lithuania 3" -> [3]). */
  footnotes: number[];
  /** Shown in square brackets: the state withdrew (its past actions stay listed). */
  withdrawn: boolean;
  signature: PageDate | null;
  /** Only on pages with a "Provisional application(n)" column (the CCM's). */
  provisionalApplication: PageDate | null;
  consent: (PageDate & { type: ConsentType }) | null;
};

/** A notice of withdrawal found in an end note. */
export type WithdrawalNotice = {
  /** The state as the note names it ("Lithuania", "the Republic of Estonia"). */
  state: string;
  /** The day the depositary received the notification ("On 6 September 2024, ... deposited"). */
  noticeOn: IsoDate;
  /** The day the note says the withdrawal took (or will take) effect, if it says. */
  effectiveOn: IsoDate | null;
  /** "C.N.347.2024.TREATIES-XXVI-6", if the note gives it. */
  cnReference: string | null;
};

export type EndNote = { number: number; text: string; withdrawals: WithdrawalNotice[] };

export type StatusPage = {
  /** The chapter reference, "XXVI-5". */
  reference: string;
  title: string;
  /** The page's "Status as at" date. */
  statusAsAt: IsoDate;
  /** The counts in the page's header ("Signatories : 107. Parties : 112"), if found. */
  counts: { signatories: number; parties: number } | null;
  /** Whether the table has a provisional application column (then its dates are compared). */
  showsProvisionalApplication: boolean;
  participants: Participant[];
  endNotes: EndNote[];
};

/** The page is not what was expected; the message says what was. */
export class DepositaryPageError extends Error {
  override name = "DepositaryPageError";
}
