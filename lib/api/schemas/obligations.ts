// Stockpile destruction and clearance: the pieces a state's obligations
// (schemas/states.ts) and GET /api/v1/treaties/{slug}/obligations share, and
// that answer. Every figure comes from sourced events; a date is as precise as
// its source (YYYY, YYYY-MM or YYYY-MM-DD), never padded to a day it does not give.
import { z } from "zod";
import { OBLIGATION_CONFIDENCES, OBLIGATION_EVENT_TYPES } from "../../domain/obligation-events";
import { OBLIGATION_STATUSES } from "../../domain/obligation-standing";
import { checkedAgainstDepositaryOn, count, isoDate } from "./common";

/** A date as the source gives it: a year, a month or a day. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .meta({
    description: "As precise as the source: YYYY, YYYY-MM or YYYY-MM-DD.",
    example: "2019-12",
  });

export const obligationKind = z.enum(["stockpile-destruction", "clearance"]).meta({
  id: "ObligationKind",
  description:
    "`stockpile-destruction` (destroy stockpiled mines or cluster munitions) or `clearance` (clear contaminated areas). Both bind only States Parties with stockpiles or contaminated areas.",
  example: "clearance",
});

export const obligationStatus = z.enum(OBLIGATION_STATUSES).meta({
  id: "ObligationStatus",
  description:
    "`completed`: completion declared (and not re-opened); `in-progress`: the obligation applies and its deadline has not passed; `overdue`: a source says the deadline passed without completion (no extension since); `unresolved`: the deadline passed and no source here records completion, an extension or a missed deadline, so neither is claimed; `not-known`: no source here says anything about it up to asOf (never a guess).",
  example: "in-progress",
});

export const obligationConfidence = z.enum(OBLIGATION_CONFIDENCES).meta({
  id: "ObligationConfidence",
  description:
    "`confirmed`: the treaty's own record or two sources; `reported`: one secondary source; `uncertain`: sources disagree or the date is approximate (the note says why).",
  example: "confirmed",
});

const source = z.string().meta({ description: "The page that says it (a URL)." });
const meeting = z
  .string()
  .nullable()
  .meta({ description: "The meeting of States Parties that granted (or was asked for) it, if named." });

export const obligationExtension = z
  .object({
    date: partialDate.meta({ description: "When it was requested or granted, as precise as the source." }),
    deadline: isoDate
      .nullable()
      .meta({ description: "The deadline asked for or granted (given for every extension)." }),
    meeting,
    source,
    confidence: obligationConfidence,
  })
  .meta({ id: "ObligationExtension", description: "An extension of a deadline, requested or granted." });

export const obligationEvent = z
  .object({
    type: z.enum(OBLIGATION_EVENT_TYPES).meta({
      description:
        "`applies`, `extension-requested`, `extension-granted`, `completed`, `reopened` or `deadline-missed`.",
      example: "extension-granted",
    }),
    date: partialDate.meta({ description: "When it happened, as precise as the source." }),
    datePrecision: z.enum(["day", "month", "year"]).meta({ description: "How much of the date the source gives." }),
    deadline: isoDate.nullable().meta({
      description: "Extensions: the deadline asked for or granted; re-opened: the deadline then set, if any.",
    }),
    meeting,
    informationOn: partialDate.meta({ description: "The date of the information behind it." }),
    source,
    confidence: obligationConfidence,
    note: z.string().nullable().meta({ description: "What the source adds, if anything." }),
  })
  .meta({ id: "ObligationEvent", description: "One thing a source says about a state's obligation." });

const stateRef = {
  iso3: z.string().meta({ description: "ISO 3166-1 alpha-3 code.", example: "BIH" }),
  name: z.string().meta({ description: "The state's name in the depositary record." }),
};

export const obligationStateStanding = z
  .object({
    ...stateRef,
    status: obligationStatus,
    originalDeadline: isoDate
      .nullable()
      .meta({ description: "Counted from the treaty's entry into force for the state." }),
    deadline: isoDate.nullable().meta({
      description:
        "The deadline in force on asOf: the last extension granted, or the original one (null when re-opened without a new one).",
    }),
    completedOn: partialDate.nullable().meta({ description: "When completion was declared, if by asOf." }),
    informationOn: partialDate.nullable().meta({ description: "The newest information behind the status." }),
    source: z.string().nullable().meta({ description: "The source of that newest information (a URL)." }),
    links: z
      .object({
        state: z.string().meta({ description: "The state's history and obligations.", example: "/api/v1/states/BIH" }),
        page: z.string().meta({ description: "The state's page on this site.", example: "/states/BIH" }),
      })
      .meta({ description: "Where to read every event with its source (paths on this site)." }),
  })
  .meta({ id: "ObligationStateStanding", description: "Where one State Party's obligation stood on asOf." });

export const obligationSeriesPoint = z
  .object({
    date: isoDate.meta({ description: "The day the figures changed to these." }),
    completed: count.meta({ description: "States Parties that had completed." }),
    remaining: count.meta({
      description: "States Parties not known to have completed it: in progress, overdue or unresolved.",
    }),
  })
  .meta({
    id: "ObligationSeriesPoint",
    description: "Completed and remaining from this day until the next point.",
    example: { date: "2020-07-01", completed: 3, remaining: 12 },
  });

export const obligationSummary = z
  .object({
    kind: obligationKind,
    article: z.string().meta({ description: "The article that sets it.", example: "Art. 4" }),
    statesParties: count.meta({
      description: "States Parties in force on asOf (the deadlines run from entry into force): those it can bind.",
    }),
    completed: count.meta({ description: "States Parties whose completion was declared by asOf." }),
    inProgress: count.meta({ description: "States Parties bound by it whose deadline has not passed." }),
    overdue: z
      .array(z.object(stateRef))
      .meta({ description: "States Parties a source says missed their deadline (not completed since), by ISO3 code." }),
    unresolved: z.array(z.object(stateRef)).meta({
      description:
        "States Parties past their deadline with no completion, extension or missed deadline found here, by ISO3 code.",
    }),
    notKnown: count.meta({ description: "States Parties no source here speaks of up to asOf." }),
    informationOn: partialDate.nullable().meta({ description: "The newest information behind these figures." }),
    series: z.array(obligationSeriesPoint).meta({
      description:
        "Completed and remaining on each day either changed, oldest first, up to asOf (none before the first sourced event).",
    }),
    states: z
      .array(obligationStateStanding)
      .meta({ description: "Every State Party in force on asOf, ordered by short name." }),
  })
  .meta({
    id: "ObligationSummary",
    description: "One obligation across a treaty's States Parties on asOf.",
  });

export const treatyObligations = z
  .object({
    treaty: z
      .string()
      .meta({ description: "The canonical slug (an alias in the URL resolves to it).", example: "ccm" }),
    asOf: isoDate.meta({ description: "The day the obligations are given for: only what was known then." }),
    counting: z.literal("in-force").meta({
      description:
        "Always `in-force`: an obligation runs from the treaty's entry into force for the state, so only States Parties in force are counted.",
    }),
    checkedAgainstDepositaryOn,
    obligations: z
      .array(obligationSummary)
      .meta({ description: "Each stockpile-destruction and clearance obligation the treaty sets, by article." }),
  })
  .meta({
    id: "TreatyObligations",
    description: "Where a treaty's stockpile-destruction and clearance obligations stood on a date, state by state.",
  });

export type TreatyObligations = z.infer<typeof treatyObligations>;
