// Words shown to people for the engine's codes, in one place.
import type { Counting, StateStatus, StatusCounts } from "./domain/status";
import type { ObligationKind } from "./domain/obligations";
import type { ObligationConfidence, ObligationEventType } from "./domain/obligation-events";
import type { ObligationStatus } from "./domain/obligation-standing";
import type { ActionType } from "./domain/types";

export const STATUS_LABELS: Record<StateStatus, string> = {
  party: "State Party",
  signatory: "Signatory",
  "not-party": "Not party",
  withdrawn: "Withdrawn",
};

export const ACTION_LABELS: Record<ActionType, string> = {
  signature: "Signature",
  ratification: "Ratification",
  acceptance: "Acceptance",
  approval: "Approval",
  accession: "Accession",
  succession: "Succession",
  withdrawal: "Withdrawal notice",
  suspension: "Suspension notice (disputed)",
  provisional_application: "Provisional application declared",
};

export const COUNTING_LABELS: Record<Counting, string> = {
  deposit: "counted from the deposit of each instrument",
  "in-force": "counted from entry into force for each state",
};

/** The four numbers quoted for a treaty on a date (withdrawn states are among "not party"). */
export const COUNT_LABELS: Record<Exclude<keyof StatusCounts, "total">, string> = {
  statesParties: "States Parties",
  signatories: "Signatories",
  notParty: "Not party",
  withdrawn: "Withdrawn",
};

export const OBLIGATION_LABELS: Record<ObligationKind, string> = {
  stockpile_destruction: "Destroy stockpiles",
  clearance: "Clear mined / contaminated areas",
  initial_report: "Initial transparency report",
};

export const OBLIGATION_EVENT_LABELS: Record<ObligationEventType, string> = {
  applies: "Obligation applies",
  "extension-requested": "Extension requested",
  "extension-granted": "Extension granted",
  completed: "Completion declared",
  reopened: "Obligation re-opened",
  "deadline-missed": "Deadline missed",
};

/** Where an obligation stands; "not known" says what the data lacks, never a guess. */
export const OBLIGATION_STATUS_LABELS: Record<ObligationStatus, string> = {
  completed: "Completed",
  "in-progress": "Obligation remains",
  overdue: "Deadline passed, not completed (non-compliant)",
  unresolved: "Deadline passed; no completion or extension found here",
  "not-known": "Not known here",
};

export const OBLIGATION_CONFIDENCE_LABELS: Record<ObligationConfidence, string> = {
  confirmed: "confirmed by the treaty's own record or two sources",
  reported: "reported by one secondary source",
  uncertain: "uncertain: sources disagree or the date is approximate",
};
