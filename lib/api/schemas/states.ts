// GET /api/v1/states and /api/v1/states/{iso3}: the states and one state's
// history across every treaty.
import { z } from "zod";
import { stateAction } from "./actions";
import { checkedAgainstDepositaryOn, counting, isoDate } from "./common";
import { obligationEvent, obligationExtension, obligationKind, obligationStatus, partialDate } from "./obligations";
import { annotation, consentType, stateStatus } from "./status";

export const stateSummary = z
  .object({
    iso3: z.string().meta({ description: "ISO 3166-1 alpha-3 code.", example: "NIU" }),
    isoNumeric: z.string().meta({ description: "ISO 3166-1 numeric code.", example: "570" }),
    name: z.string().meta({ description: "The state's name in the depositary record.", example: "Niue" }),
    shortName: z.string().meta({ description: "The name pages use.", example: "Niue" }),
    regions: z.record(z.string(), z.string()).meta({
      description: "Its region's slug in each grouping it belongs to, by grouping slug.",
      example: { campaign: "pacific", "un-m49-region": "oceania" },
    }),
    links: z
      .object({
        self: z.string().meta({ description: "Its history across every treaty.", example: "/api/v1/states/NIU" }),
      })
      .meta({ description: "Where to read more (paths on this site)." }),
  })
  .meta({ id: "StateSummary", description: "A state that can join a UN-deposited treaty." });

export const stateList = z.object({ states: z.array(stateSummary) }).meta({ id: "StateList" });

export const participation = z
  .object({
    consentType,
    consentOn: isoDate.meta({ description: "The deposit of its instrument of consent." }),
    entryIntoForceOn: isoDate.meta({ description: "The treaty's entry into force for the state." }),
    withdrawalNoticeOn: isoDate.nullable().meta({ description: "Its notice of withdrawal, if any." }),
    withdrawalEffectiveOn: isoDate.nullable().meta({ description: "Null while a notified withdrawal is deferred." }),
  })
  .meta({ id: "Participation", description: "One period of being bound: consent, entry into force, withdrawal." });

export const obligation = z
  .object({
    kind: obligationKind,
    article: z.string().meta({ description: "The article that sets it.", example: "Art. 4" }),
    status: obligationStatus,
    originalDeadline: isoDate
      .nullable()
      .meta({ description: "Counted from the treaty's entry into force for the state." }),
    deadline: isoDate.nullable().meta({
      description:
        "The deadline in force on asOf: the last extension granted, or the original one (null when re-opened without a new one).",
    }),
    extensions: z.array(obligationExtension).meta({ description: "Extensions granted by asOf, oldest first." }),
    pendingRequest: obligationExtension
      .nullable()
      .meta({ description: "An extension requested and not yet decided on asOf." }),
    completedOn: partialDate.nullable().meta({ description: "When completion was declared, if by asOf." }),
    informationOn: partialDate.nullable().meta({
      description: "The newest information behind the status: as of the latest information found.",
    }),
    events: z
      .array(obligationEvent)
      .meta({ description: "Everything the sources say up to asOf, oldest first, each with its source." }),
  })
  .meta({
    id: "Obligation",
    description:
      "Where the state's stockpile-destruction or clearance obligation stood on asOf, from sourced events: `not-known` when no source here speaks of it.",
  });

export const stateTreatyHistory = z
  .object({
    treaty: z.string().meta({ description: "The treaty's slug.", example: "ccm" }),
    shortName: z.string().meta({ description: "The treaty's name as pages use it." }),
    checkedAgainstDepositaryOn,
    status: stateStatus,
    withdrawalPending: z
      .boolean()
      .meta({ description: "A party that has given notice of withdrawal, not yet effective." }),
    signedOn: isoDate.nullable().meta({ description: "Its signature, if any." }),
    participations: z.array(participation).meta({ description: "More than one only if it withdrew and joined again." }),
    annotations: z.array(annotation).meta({ description: "Notices that change no status." }),
    actions: z.array(stateAction).meta({ description: "Every entry of the log for this state, oldest first." }),
    initialReportDue: isoDate.nullable().meta({
      description: "The initial transparency report's deadline, while the state is a party in force on asOf.",
    }),
    obligations: z
      .array(obligation)
      .meta({ description: "Stockpile destruction and clearance, while the state is a party in force on asOf." }),
  })
  .meta({ id: "StateTreatyHistory", description: "A state in one treaty: its status on asOf and its whole history." });

export const stateHistory = z
  .object({
    iso3: z.string().meta({ description: "ISO 3166-1 alpha-3 code.", example: "NIU" }),
    iso2: z.string().meta({ description: "ISO 3166-1 alpha-2 code.", example: "NU" }),
    name: z.string().meta({ description: "The state's name in the depositary record." }),
    shortName: z.string().meta({ description: "The name pages use." }),
    unMember: z.boolean().meta({ description: "A member of the United Nations." }),
    asOf: isoDate.meta({ description: "The day statuses and obligations are given for (default: today)." }),
    counting,
    treaties: z.array(stateTreatyHistory).meta({ description: "Every treaty, in order of opening for signature." }),
  })
  .meta({ id: "StateHistory", description: "One state's history across every treaty." });

export type StateList = z.infer<typeof stateList>;
export type StateHistory = z.infer<typeof stateHistory>;
