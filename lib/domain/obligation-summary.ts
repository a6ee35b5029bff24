// A treaty's obligations on a date, over its States Parties (in force on the
// date: the deadlines run from entry into force): how many completed, how many
// still have the obligation, who is past a deadline, how many no source here
// speaks of; and the completions over time for the chart.
import { addDaysIso, type IsoDate } from "./dates";
import {
  SOURCED_OBLIGATIONS,
  originalDeadline,
  type ObligationEvent,
  type SourcedObligation,
  type SourcedObligationRule,
} from "./obligation-events";
import { obligationStanding, type ObligationStanding } from "./obligation-standing";
import type { PartialDate } from "./partial-date";
import { statusOn } from "./status";
import type { StateTimeline } from "./timeline";

/** A treaty's obligation events, by obligation and state (each state's in any order). */
export type ObligationBook = {
  rules: SourcedObligationRule[];
  events: Record<SourcedObligation, ReadonlyMap<string, readonly ObligationEvent[]>>;
};

/** A treaty's events grouped by obligation and state, as the book keeps them. */
export function obligationBookOf(rules: SourcedObligationRule[], events: Iterable<ObligationEvent>): ObligationBook {
  const byKind = Object.fromEntries(
    SOURCED_OBLIGATIONS.map((kind) => [kind, new Map<string, ObligationEvent[]>()]),
  ) as Record<SourcedObligation, Map<string, ObligationEvent[]>>;
  for (const event of events) {
    const byState = byKind[event.kind];
    const list = byState.get(event.stateIso3);
    if (list) list.push(event);
    else byState.set(event.stateIso3, [event]);
  }
  return { rules, events: byKind };
}

export type ObligationSummary = {
  kind: SourcedObligation;
  article: string;
  /** States Parties in force on the date: those the obligation can bind. */
  statesParties: number;
  completed: number;
  inProgress: number;
  /** ISO3 codes of States Parties a source says missed their deadline (not completed since). */
  overdue: string[];
  /** ISO3 codes of States Parties past their deadline with no completion, extension or missed deadline found here. */
  unresolved: string[];
  /** States Parties no source here speaks of, up to the date. */
  notKnown: number;
  /** The newest information behind these figures. */
  informationOn: PartialDate | null;
};

export type ObligationSeriesPoint = { date: IsoDate; completed: number; remaining: number };

function partiesInForce(timelines: ReadonlyMap<string, StateTimeline>, asOf: IsoDate): string[] {
  const parties: string[] = [];
  for (const [iso3, timeline] of timelines)
    if (statusOn(timeline, asOf, "in-force").status === "party") parties.push(iso3);
  return parties;
}

/** Each State Party's standing, by ISO3 code, for one obligation. */
export function standingsOn(
  book: ObligationBook,
  rule: SourcedObligationRule,
  timelines: ReadonlyMap<string, StateTimeline>,
  asOf: IsoDate,
): Map<string, ObligationStanding> {
  const byState = book.events[rule.kind];
  return new Map(
    partiesInForce(timelines, asOf).map((iso3) => [
      iso3,
      obligationStanding(rule, byState.get(iso3) ?? [], timelines.get(iso3), asOf),
    ]),
  );
}

export function obligationSummary(
  book: ObligationBook,
  rule: SourcedObligationRule,
  timelines: ReadonlyMap<string, StateTimeline>,
  asOf: IsoDate,
): ObligationSummary {
  const summary: ObligationSummary = {
    kind: rule.kind,
    article: rule.article,
    statesParties: 0,
    completed: 0,
    inProgress: 0,
    overdue: [],
    unresolved: [],
    notKnown: 0,
    informationOn: null,
  };
  for (const [iso3, standing] of standingsOn(book, rule, timelines, asOf)) {
    summary.statesParties++;
    if (standing.status === "completed") summary.completed++;
    else if (standing.status === "in-progress") summary.inProgress++;
    else if (standing.status === "overdue") summary.overdue.push(iso3);
    else if (standing.status === "unresolved") summary.unresolved.push(iso3);
    else summary.notKnown++;
    const info = standing.informationOn;
    if (info && (!summary.informationOn || info.last > summary.informationOn.last)) summary.informationOn = info;
  }
  summary.overdue.sort();
  summary.unresolved.sort();
  return summary;
}

/**
 * States Parties not known to have completed an obligation that applies to
 * them: in progress, past a deadline, or past it with no outcome found here.
 */
export const remainingOf = (summary: ObligationSummary) =>
  summary.inProgress + summary.overdue.length + summary.unresolved.length;

/**
 * Completed and remaining on every day either changes: each event's date and
 * each entry into force or withdrawal of a state with events. Deadlines passing
 * move states from in progress to overdue, which changes neither figure.
 */
export function obligationSeries(
  book: ObligationBook,
  rule: SourcedObligationRule,
  timelines: ReadonlyMap<string, StateTimeline>,
): ObligationSeriesPoint[] {
  const dates = new Set<IsoDate>();
  for (const [iso3, events] of book.events[rule.kind]) {
    for (const event of events) dates.add(event.on.last);
    for (const p of timelines.get(iso3)?.participations ?? []) {
      dates.add(p.entryIntoForceOn);
      if (p.withdrawalEffectiveOn) dates.add(p.withdrawalEffectiveOn);
    }
  }
  const points: ObligationSeriesPoint[] = [];
  for (const date of [...dates].sort()) {
    const summary = obligationSummary(book, rule, timelines, date);
    const point = { date, completed: summary.completed, remaining: remainingOf(summary) };
    const last = points.at(-1);
    if (!last || last.completed !== point.completed || last.remaining !== point.remaining) points.push(point);
  }
  return points;
}

/** The point in force on a date (zeros before the first). */
export function obligationPointOn(series: readonly ObligationSeriesPoint[], date: IsoDate): ObligationSeriesPoint {
  const point = series.findLast((p) => p.date <= date);
  return point ?? { date, completed: 0, remaining: 0 };
}

/**
 * Every day the obligation figures of a treaty page can change on: each event
 * (from its last day), the day after each deadline (a state becomes overdue),
 * and every entry into force and withdrawal (the States Parties counted).
 */
export function obligationTurningDays(book: ObligationBook, timelines: ReadonlyMap<string, StateTimeline>): IsoDate[] {
  if (book.rules.length === 0) return [];
  const days = new Set<IsoDate>();
  for (const timeline of timelines.values()) {
    for (const p of timeline.participations) {
      days.add(p.entryIntoForceOn);
      if (p.withdrawalEffectiveOn) days.add(p.withdrawalEffectiveOn);
    }
  }
  for (const rule of book.rules) {
    for (const [iso3, events] of book.events[rule.kind]) {
      for (const p of timelines.get(iso3)?.participations ?? [])
        days.add(addDaysIso(originalDeadline(p.entryIntoForceOn, rule), 1));
      for (const event of events) {
        days.add(event.on.last);
        if (event.deadline) days.add(addDaysIso(event.deadline, 1));
      }
    }
  }
  return [...days];
}
