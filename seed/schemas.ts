// zod schemas for every seed file row. Dates must be real calendar dates. The
// action files' row (actionRowSchema) lives in lib/validations/action-row.ts,
// shared with the admin's bulk import.
import { z } from "zod";
import { iso3, isoDate } from "../lib/validations/action-row";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lower-case slug");

export const stateNameRowSchema = z.object({
  iso3,
  depositary_name: z.string().trim().min(1, "is required"),
  short_name: z.string().trim().min(1, "is required"),
});

export const membershipRowSchema = z.object({ iso3, group: slug.optional() });

const obligationRuleSchema = z.object({
  kind: z.enum(["stockpile_destruction", "clearance", "initial_report"]),
  periodYears: z.number().int().positive().optional(),
  periodDays: z.number().int().positive().optional(),
  maxExtensionYears: z.number().int().nonnegative().nullable().optional(),
  article: z.string().min(1),
});

const targetSchema = z
  .object({
    slug,
    label: z.string().min(1),
    metric: z.enum([
      "states_parties_by_deposit",
      "states_parties_in_force",
      "clearance_obligations_remaining",
      "stockpile_obligations_remaining",
    ]),
    /** A membership goal (at least 1), or the most States Parties with an obligation remaining (0: all done). */
    value: z.number().int().nonnegative(),
    deadline: isoDate,
    source: z.string().min(1),
  })
  .refine((target) => !target.metric.startsWith("states_parties") || target.value >= 1, {
    path: ["value"],
    message: "must be at least 1 for a States Parties target",
  });

export const treatySchema = z
  .object({
    slug,
    aliases: z.array(slug).default([]),
    shortName: z.string().min(1),
    officialName: z.string().min(1),
    adoptedOn: isoDate,
    openedForSignatureOn: isoDate,
    entryIntoForceOn: isoDate,
    entryIntoForceThreshold: z.number().int().positive(),
    /** The last day the treaty was open for signature; absent while it stays open. */
    signatureClosesOn: isoDate.optional(),
    /** "first_day_of_month_after" (with entryIntoForceDelayMonths) or "days_after" (with entryIntoForceDelayDays). */
    laterJoinerRule: z.enum(["first_day_of_month_after", "days_after"]).default("first_day_of_month_after"),
    entryIntoForceDelayMonths: z.number().int().nonnegative().optional(),
    entryIntoForceDelayDays: z.number().int().nonnegative().optional(),
    withdrawalNoticeMonths: z.number().int().nonnegative(),
    depositaryReference: z.string().min(1),
    depositaryUrl: z.url(),
    /** The "Status as at" date of the depositary page the actions were checked against. */
    depositaryCheckedOn: isoDate,
    obligationRules: z.array(obligationRuleSchema),
    targets: z.array(targetSchema),
  })
  .superRefine((treaty, context) => {
    const needs = treaty.laterJoinerRule === "days_after" ? "entryIntoForceDelayDays" : "entryIntoForceDelayMonths";
    if (treaty[needs] === undefined) {
      context.addIssue({
        code: "custom",
        path: [needs],
        message: `is required with laterJoinerRule ${treaty.laterJoinerRule}`,
      });
    }
  });
export type TreatySeed = z.infer<typeof treatySchema>;

export const groupingSchema = z.object({
  slug,
  name: z.string().min(1),
  description: z.string().optional(),
  source: z.string().optional(),
});
export type GroupingSeed = z.infer<typeof groupingSchema>;
