// Where one State Party's stockpile-destruction or clearance obligation stood
// on a date, from the events sources record (obligation-events.ts). An event
// counts once it had certainly happened: from the last day of its period.
// No event: "not known here", never a guess.
import type { IsoDate } from "./dates";
import {
  byEventOrder,
  entryIntoForceBefore,
  originalDeadline,
  type ObligationEvent,
  type SourcedObligationRule,
} from "./obligation-events";
import type { PartialDate } from "./partial-date";
import type { StateTimeline } from "./timeline";

export const OBLIGATION_STATUSES = ["completed", "in-progress", "overdue", "unresolved", "not-known"] as const;
/**
 * completed: destruction or clearance declared complete (and not re-opened since);
 * in-progress: the obligation applies and its deadline has not passed;
 * overdue: a source says the deadline passed without completion (no extension since);
 * unresolved: the deadline passed and no source here records completion, an
 *   extension or a missed deadline: the data do not say which, so neither is claimed;
 * not-known: no source here says anything up to the date.
 */
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

export type ObligationStanding = {
  kind: ObligationEvent["kind"];
  article: string;
  status: ObligationStatus;
  /** From the state's entry into force (null when it is not in force on the date). */
  originalDeadline: IsoDate | null;
  /** The deadline in force on the date: the last extension granted, or the original one. */
  deadline: IsoDate | null;
  /** Extensions granted up to the date, in order. */
  extensions: ObligationEvent[];
  /** A request not (yet) decided on the date. */
  pendingRequest: ObligationEvent | null;
  completed: ObligationEvent | null;
  /** A source says the deadline passed without completion (the latest such event, if not completed since). */
  missed: ObligationEvent | null;
  /** Every event known on the date, oldest first. */
  events: ObligationEvent[];
  /** The newest information behind the standing: "as of the latest information found, 5 Dec 2025". */
  informationOn: PartialDate | null;
};

const laterInformation = (a: PartialDate | null, b: PartialDate) => (a === null || b.last > a.last ? b : a);

/** `events`: this state's events of this obligation, in any order. */
export function obligationStanding(
  rule: SourcedObligationRule,
  events: readonly ObligationEvent[],
  timeline: StateTimeline | undefined,
  asOf: IsoDate,
): ObligationStanding {
  const known = events.filter((event) => event.on.last <= asOf).sort(byEventOrder);
  const entryIntoForceOn = entryIntoForceBefore(timeline, asOf);
  const original = entryIntoForceOn && entryIntoForceOn <= asOf ? originalDeadline(entryIntoForceOn, rule) : null;
  const standing: ObligationStanding = {
    kind: rule.kind,
    article: rule.article,
    status: "not-known",
    originalDeadline: original,
    deadline: original,
    extensions: [],
    pendingRequest: null,
    completed: null,
    missed: null,
    events: known,
    informationOn: null,
  };
  for (const event of known) {
    standing.informationOn = laterInformation(standing.informationOn, event.informationOn);
    switch (event.type) {
      case "extension-requested":
        standing.pendingRequest = event;
        break;
      case "extension-granted":
        standing.extensions.push(event);
        standing.deadline = event.deadline;
        standing.pendingRequest = null;
        standing.missed = null; // missed the old deadline, given a new one
        break;
      case "completed":
        standing.completed = event;
        standing.missed = null;
        standing.pendingRequest = null;
        break;
      case "reopened":
        // A deadline set on re-opening replaces the old one; without one, the old one still
        // stands (as in the rules, obligation-events.ts), and once passed the state shows as
        // "unresolved" until an extension is recorded.
        standing.completed = null;
        standing.deadline = event.deadline ?? standing.deadline;
        break;
      case "deadline-missed":
        standing.missed = event;
        break;
      case "applies":
        break;
    }
  }
  if (known.length === 0) return standing;
  if (standing.completed) standing.status = "completed";
  else if (standing.missed) standing.status = "overdue";
  else if (standing.deadline !== null && standing.deadline < asOf) standing.status = "unresolved";
  else standing.status = "in-progress";
  return standing;
}
