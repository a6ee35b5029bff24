// GET /api/v1/states and /api/v1/states/{iso3}: the states and one state's
// history across every treaty.
import { z } from "zod";
import { stateAction } from "./actions";
import { checkedAgainstDepositaryOn, counting, isoDate } from "./common";
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
    kind: z.enum(["stockpile-destruction", "clearance", "initial-report"]).meta({ description: "Which obligation." }),
    article: z.string().meta({ description: "The article that sets it.", example: "Art. 4" }),
    originalDeadline: isoDate.meta({ description: "Counted from the state's entry into force." }),
    deadline: isoDate.meta({ description: "The deadline with any extension granted." }),
    extended: z.boolean().meta({ description: "An extension moved the deadline." }),
    completedOn: isoDate.nullable().meta({ description: "When completion was declared, if by asOf." }),
    status: z.enum(["completed", "due", "overdue"]).meta({ description: "Where it stands on asOf." }),
    conditional: z.boolean().meta({ description: "Binds only states with stockpiles or contaminated areas." }),
    source: z.string().nullable().meta({ description: "Where the extension or completion is recorded." }),
  })
  .meta({ id: "Obligation", description: "A deadline that runs from the state's entry into force, as of asOf." });

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
    obligations: z.array(obligation).meta({ description: "Only while the state is a party on asOf." }),
  })
  .meta({ id: "StateTreatyHistory", description: "A state in one treaty: its status on asOf and its whole history." });

export const stateHistory = z
  .object({
    iso3: z.string().meta({ description: "ISO 3166-1 alpha-3 code.", example: "NIU" }),
    iso2: z.string().meta({ description: "ISO 3166-1 alpha-2 code.", example: "NU" }),
    name: z.string().meta({ description: "The state's name in the depositary record." }),
    shortName: z.string().meta({ description: "The name pages use." }),
    unMember: z.boolean().meta({ description: "A member of the United Nations." }),
    asOf: isoDate.meta({ description: "The day statuses and deadlines are given for: today." }),
    counting,
    treaties: z.array(stateTreatyHistory).meta({ description: "Every treaty, in order of opening for signature." }),
  })
  .meta({ id: "StateHistory", description: "One state's history across every treaty." });

export type StateList = z.infer<typeof stateList>;
export type StateHistory = z.infer<typeof stateHistory>;
