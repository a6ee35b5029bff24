// The obligation event form's field labels, shared by the form, its error
// summary and the delete forms (a refusal there may name another event's field).
import { SOURCED_OBLIGATIONS, type SourcedObligation } from "@/lib/domain/obligation-events";

export const OBLIGATION_EVENT_FIELD_LABELS = {
  treaty: "Treaty",
  state: "State",
  kind: "Obligation",
  event: "Event",
  event_on: "Date of the event",
  deadline: "Deadline",
  meeting: "Meeting",
  information_on: "Date of the information",
  source: "Source",
  confidence: "Confidence",
  note: "Note",
} as const;

const KIND_LABELS: Record<SourcedObligation, string> = {
  stockpile_destruction: "Stockpile destruction",
  clearance: "Clearance of contaminated areas",
};

export const obligationKindLabel = (kind: SourcedObligation) => KIND_LABELS[kind];

export const OBLIGATION_KIND_OPTIONS = SOURCED_OBLIGATIONS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }));
