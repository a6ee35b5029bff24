// zod schemas for every seed file row. Dates must be real calendar dates.
import { z } from "zod";
import { isIsoDate } from "../lib/domain/dates";

const isoDate = z.string().trim().refine(isIsoDate, { message: "must be a real date written YYYY-MM-DD" });
const optionalIsoDate = z
  .string()
  .trim()
  .transform((value) => value || null)
  .pipe(isoDate.nullable());
const iso3 = z
  .string()
  .trim()
  .regex(/^[A-Z]{3}$/, "must be an ISO 3166 alpha-3 code in capitals");
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lower-case slug");
const optionalText = z
  .string()
  .trim()
  .transform((value) => value || null);

/** Action names in the files use hyphens; the database enum uses underscores. */
export const ACTION_NAMES = [
  "signature",
  "ratification",
  "acceptance",
  "approval",
  "accession",
  "succession",
  "withdrawal",
  "suspension",
  "provisional-application",
] as const;

export const actionRowSchema = z.object({
  state: iso3,
  action: z.enum(ACTION_NAMES, { message: `must be one of ${ACTION_NAMES.join(", ")}` }),
  deposited_on: isoDate,
  effective_on: optionalIsoDate,
  effect_deferred: z
    .enum(["", "yes", "no"], { message: "must be yes, no or empty" })
    .optional()
    .transform((value) => value === "yes"),
  source: z.string().trim().min(1, "is required: a URL or a depositary notification reference"),
  confidence: z.enum(["confirmed", "unconfirmed"], { message: "must be confirmed or unconfirmed" }),
  note: optionalText,
});
export type ActionRow = z.infer<typeof actionRowSchema>;

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

const targetSchema = z.object({
  slug,
  label: z.string().min(1),
  metric: z.enum(["states_parties_by_deposit", "states_parties_in_force"]),
  value: z.number().int().positive(),
  deadline: isoDate,
  source: z.string().min(1),
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
