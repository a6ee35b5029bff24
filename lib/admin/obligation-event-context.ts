// What every write of obligation events needs, beside what action writes need
// (action-context.ts: the treaty and state, the treaty lock): the treaty's rule
// for the obligation, the state's events of it, its timeline from the action
// log, and the rules of lib/domain/obligation-events.ts applied to a change.
import { isoFromUtcDate, todayIso, utcDateFromIso, type IsoDate } from "../domain/dates";
import {
  obligationEventProblems,
  type ObligationEvent,
  type ObligationProblem,
  type SourcedObligationRule,
} from "../domain/obligation-events";
import { partialDateFrom } from "../domain/partial-date";
import type { StateTimeline } from "../domain/timeline";
import { buildTimelines } from "../domain/timeline";
import type { ObligationEvent as ObligationEventRow, ObligationKind, Prisma, Treaty } from "../db/generated/client";
import { sourcedObligationRules } from "../domain/obligation-events";
import { toObligationEvent, toTreatyRules } from "../data/mappers";
import type { ObligationEventFields } from "../validations/obligation-event-form";
import { recordsOf, stateHistory } from "./action-context";
import type { Tx } from "./audit";
import type { FieldErrors } from "./write-result";

export type ObligationContext = {
  rule: SourcedObligationRule;
  /** The state's events of this obligation, oldest first. */
  rows: ObligationEventRow[];
  timeline: StateTimeline | undefined;
};

/** "extension-granted" (the domain, the files) <-> "extension_granted" (the database). */
export const dbEventType = (type: ObligationEvent["type"]) => type.replaceAll("-", "_") as ObligationEventRow["type"];

/** Read after the treaty's lock: the rule, the state's events of the obligation and its timeline. */
export async function obligationContext(
  tx: Tx,
  treaty: Treaty,
  stateIso3: string,
  kind: ObligationKind,
): Promise<ObligationContext | { errors: FieldErrors }> {
  const rules = sourcedObligationRules(await tx.obligationRule.findMany({ where: { treatyId: treaty.id } }));
  const rule = rules.find((candidate) => candidate.kind === kind);
  if (!rule) {
    const has = rules.map((r) => r.kind.replace("_", " ")).join(" and ") || "neither";
    return { errors: { kind: [`is not an obligation of the ${treaty.shortName} with a deadline (it has ${has})`] } };
  }
  const [rows, actions] = await Promise.all([
    tx.obligationEvent.findMany({
      where: { treatyId: treaty.id, stateIso3, kind },
      orderBy: [{ eventOn: "asc" }, { id: "asc" }],
    }),
    stateHistory(tx, treaty.id, stateIso3),
  ]);
  const timeline = buildTimelines(toTreatyRules(treaty), recordsOf(actions)).get(stateIso3);
  return { rule, rows, timeline };
}

/** The form's fields as the domain's event (what the rules check). */
export function eventOf(fields: ObligationEventFields, stateIso3: string): ObligationEvent {
  return {
    stateIso3,
    kind: fields.kind,
    type: fields.event,
    on: fields.event_on,
    deadline: fields.deadline,
    meeting: fields.meeting,
    informationOn: fields.information_on,
    source: fields.source,
    confidence: fields.confidence,
    note: fields.note,
  };
}

/** The row's columns for a create. */
export function columnsOf(
  fields: ObligationEventFields,
): Omit<Prisma.ObligationEventUncheckedCreateInput, "treatyId" | "stateIso3"> {
  return {
    kind: fields.kind,
    type: dbEventType(fields.event),
    eventOn: utcDateFromIso(fields.event_on.first),
    eventOnPrecision: fields.event_on.precision,
    deadline: fields.deadline ? utcDateFromIso(fields.deadline) : null,
    meeting: fields.meeting,
    informationOn: utcDateFromIso(fields.information_on.first),
    informationOnPrecision: fields.information_on.precision,
    source: fields.source,
    confidence: fields.confidence,
    note: fields.note,
    origin: "admin",
  };
}

type RowProblem = { field: keyof ObligationEventFields; message: string };

/**
 * What the row alone must hold, whoever calls the write (the form's schema
 * checks these too; the table's own checks back up the first two): an
 * extension names its deadline, a grant its meeting, and no date is in the future.
 */
export function rowProblems(fields: ObligationEventFields, today: IsoDate = todayIso()): RowProblem[] {
  const problems: RowProblem[] = [];
  const extension = fields.event === "extension-requested" || fields.event === "extension-granted";
  if (extension && !fields.deadline) problems.push({ field: "deadline", message: `is required for ${fields.event}` });
  if (fields.event === "extension-granted" && !fields.meeting?.trim())
    problems.push({ field: "meeting", message: "is required: the meeting that granted it" });
  if (fields.event_on.first > today)
    problems.push({ field: "event_on", message: `${fields.event_on.text} is in the future` });
  if (fields.information_on.first > today)
    problems.push({ field: "information_on", message: `${fields.information_on.text} is in the future` });
  return problems;
}

/**
 * The rules for a change of one state's history of one obligation: the
 * problems of `after` that `before` did not have, and every problem of the
 * events in `after` at the indexes in `changed` (a new event cannot hide
 * behind an old problem of the same wording).
 */
export function newHistoryProblems(
  context: Pick<ObligationContext, "rule" | "timeline">,
  before: readonly ObligationEvent[],
  after: readonly ObligationEvent[],
  changed: readonly number[] = [],
): ObligationProblem[] {
  const known = new Set(obligationEventProblems(before, context.rule, context.timeline).map((p) => p.message));
  return obligationEventProblems(after, context.rule, context.timeline).filter(
    (problem) => changed.includes(problem.index) || !known.has(problem.message),
  );
}

export const eventsOf = (rows: readonly ObligationEventRow[]) => rows.map(toObligationEvent);

/** What the audit log keeps of an event row: every column, dates as ISO strings, the treaty by slug. */
export function obligationEventJson(row: ObligationEventRow, treatySlug: string) {
  const event = toObligationEvent(row);
  return {
    id: row.id,
    treaty: treatySlug,
    state: row.stateIso3,
    kind: row.kind,
    type: row.type,
    /** As the source gives it (YYYY, YYYY-MM or YYYY-MM-DD). */
    eventOn: event.on.text,
    /** The key the seed loader matches a deletion by (seed/load-obligations.ts). */
    eventOnFirst: event.on.first,
    eventOnPrecision: row.eventOnPrecision,
    deadline: event.deadline,
    meeting: row.meeting,
    informationOn: event.informationOn.text,
    informationOnPrecision: row.informationOnPrecision,
    source: row.source,
    confidence: row.confidence,
    note: row.note,
    origin: row.origin,
    createdAt: row.createdAt.toISOString(),
  };
}

/** "the extension granted of 2018-09 (row 12)" */
export const describeEventRow = (row: Pick<ObligationEventRow, "id" | "type" | "eventOn" | "eventOnPrecision">) =>
  `the ${row.type.replace("_", " ")} of ${partialDateFrom(isoFromUtcDate(row.eventOn), row.eventOnPrecision).text} (row ${row.id})`;
