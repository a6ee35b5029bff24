// GET /api/v1/treaties and /api/v1/treaties/{slug}: what a treaty is, its rules
// and its targets with their progress.
import { z } from "zod";
import { checkedAgainstDepositaryOn, count, counting, isoDate } from "./common";

export const laterJoinerRule = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("first-day-of-month-after"),
      months: count.meta({ description: "In force on the first day of this many months after the deposit's month." }),
    }),
    z.object({
      kind: z.literal("days-after"),
      days: count.meta({ description: "In force this many days after the deposit." }),
    }),
  ])
  .meta({
    id: "LaterJoinerRule",
    description:
      "When the treaty enters into force for a state that consents after the treaty's own entry into force (e.g. MBT and CCM Art. 17: the first day of the sixth month after deposit).",
    example: { kind: "first-day-of-month-after", months: 6 },
  });

export const treatyRules = z
  .object({
    openedForSignatureOn: isoDate.meta({ description: "The first day states could sign: the earliest asOf accepted." }),
    entryIntoForceOn: isoDate.meta({ description: "The treaty's own entry into force." }),
    signatureClosesOn: isoDate
      .nullable()
      .meta({ description: "The last day states could sign; null while it stays open." }),
    laterJoiners: laterJoinerRule,
    withdrawalNoticeMonths: count.meta({ description: "A withdrawal takes effect this many months after the notice." }),
  })
  .meta({ id: "TreatyRules", description: "The rules every status and date in the answers is computed with." });

const link = (description: string, example: string) => z.string().meta({ description, example });

export const treatySummary = z
  .object({
    slug: z.string().meta({ description: "Its name in URLs (aliases resolve to it).", example: "ccm" }),
    shortName: z.string().meta({ description: "The name pages use.", example: "Convention on Cluster Munitions" }),
    officialName: z.string().meta({ description: "Its full title.", example: "Convention on Cluster Munitions" }),
    depositaryReference: z
      .string()
      .meta({ description: "The chapter of the UN depositary record.", example: "MTDSG XXVI-6" }),
    depositaryUrl: z.string().meta({ description: "The UN depositary status page." }),
    checkedAgainstDepositaryOn,
    rules: treatyRules,
    links: z
      .object({
        self: link("This treaty.", "/api/v1/treaties/ccm"),
        status: link("Every state's status on a date.", "/api/v1/treaties/ccm/status"),
        series: link("The counts over the treaty's whole history.", "/api/v1/treaties/ccm/series"),
        obligations: link(
          "Stockpile destruction and clearance across its States Parties on a date.",
          "/api/v1/treaties/ccm/obligations",
        ),
        page: link("The treaty's page on this site.", "/treaties/ccm"),
      })
      .meta({ description: "Where to read more about it (paths on this site)." }),
  })
  .meta({ id: "TreatySummary", description: "A treaty tracked here." });

export const treatyList = z
  .object({ treaties: z.array(treatySummary).meta({ description: "In order of opening for signature." }) })
  .meta({ id: "TreatyList", description: "Every treaty tracked here." });

export const projection = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("reached"), on: isoDate.meta({ description: "The first day it was met." }) }),
    z.object({
      kind: z.literal("projected"),
      yearsNeeded: z.number().meta({ description: "Years the rest would take at the recent pace." }),
      perYear: z.number().meta({ description: "New States Parties a year over the last full years." }),
      paceYears: count.meta({ description: "How many full calendar years the pace is measured over." }),
    }),
    z.object({
      kind: z.literal("not-at-this-pace"),
      perYear: z.number().meta({ description: "New States Parties a year over the last full years: none or fewer." }),
      paceYears: count.meta({ description: "How many full calendar years the pace is measured over." }),
    }),
  ])
  .meta({ id: "Projection", description: "When the target is (or would be) met at the pace of recent years." });

export const targetProgress = z
  .object({
    target: count.meta({ description: "The number of States Parties aimed at." }),
    deadline: isoDate.meta({ description: "The day it was to be met by." }),
    valueOnDeadline: count.meta({ description: "States Parties on the deadline (a count known on asOf)." }),
    gapOnDeadline: count.meta({ description: "How many were missing on the deadline; 0 if met." }),
    shareOnDeadline: z.number().meta({ description: "valueOnDeadline / target." }),
    reachedOn: isoDate.nullable().meta({ description: "The first day the target was met, up to asOf." }),
    valueAsOf: count.meta({ description: "States Parties on asOf." }),
    asOf: isoDate.meta({ description: "The day progress is measured on." }),
    standing: z
      .object({
        deadlinePassed: z.boolean().meta({ description: "The deadline is on or before asOf." }),
        measuredOn: isoDate.meta({ description: "The deadline once it has passed, else asOf." }),
        value: count.meta({ description: "States Parties on measuredOn." }),
        short: count.meta({ description: "How many were (or are still) missing on measuredOn; 0 once met." }),
      })
      .meta({ description: "Where the target stands: at its deadline once passed, else on asOf." }),
    projection,
  })
  .meta({ id: "TargetProgress", description: "Progress toward a target on asOf." });

export const target = z
  .object({
    slug: z.string().meta({ description: "Its name, unique within the treaty.", example: "dubrovnik-130" }),
    label: z.string().meta({ description: "What the target is, in words." }),
    counting,
    value: count.meta({ description: "The number of States Parties aimed at, counted under `counting`." }),
    deadline: isoDate.meta({ description: "The day it was to be met by." }),
    source: z.string().meta({ description: "Where the target was set (a URL or a reference)." }),
    progress: targetProgress,
  })
  .meta({ id: "Target", description: "A goal such as 130 States Parties by a review conference, with its progress." });

export const obligationTarget = z
  .object({
    slug: z.string().meta({ description: "Its name, unique within the treaty.", example: "mine-free-2025" }),
    label: z.string().meta({ description: "What the target is, in words." }),
    obligation: z
      .enum(["stockpile-destruction", "clearance"])
      .meta({ description: "The obligation whose States Parties are counted." }),
    goal: count.meta({ description: "The most States Parties with the obligation remaining it allows (0: none)." }),
    deadline: isoDate.meta({ description: "The day it was to be met by." }),
    source: z.string().meta({ description: "Where the target was set (a URL or a reference)." }),
    progress: z
      .object({
        deadlinePassed: z.boolean().meta({ description: "Whether asOf is on or after the deadline." }),
        measuredOn: isoDate.meta({ description: "The deadline once passed, else asOf." }),
        remaining: count.meta({
          description: "States Parties in force not known to have completed, on measuredOn (from sourced events).",
        }),
        completed: count.meta({ description: "States Parties that had completed, on measuredOn." }),
        toGo: count.meta({ description: "How many more had to complete to meet the goal; 0 once met." }),
        metOn: isoDate.nullable().meta({ description: "The first day the goal was met, up to asOf." }),
      })
      .meta({ description: "Where the target stands." }),
  })
  .meta({
    id: "ObligationTarget",
    description: "A goal on obligations remaining, such as no State Party with clearance obligations by 2025.",
  });

export const treatyDetail = treatySummary
  .extend({
    asOf: isoDate.meta({ description: "The day the targets' progress is measured on." }),
    targets: z.array(target).meta({ description: "Membership targets." }),
    obligationTargets: z.array(obligationTarget).meta({ description: "Targets on obligations remaining." }),
  })
  .meta({ id: "Treaty", description: "A treaty: its rules, its checked-as-at date and its targets' progress." });

export type TreatySummary = z.infer<typeof treatySummary>;
export type TreatyList = z.infer<typeof treatyList>;
export type TreatyDetail = z.infer<typeof treatyDetail>;
