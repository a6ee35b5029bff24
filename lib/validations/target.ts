// A treaty's targets ("130 States Parties by the Second Review Conference"):
// one schema per form of the treaty's admin page, shared with its server actions.
import { z } from "zod";
import { dateField, slugField, wholeNumber } from "./treaty";

export const TARGET_METRICS = [
  "states_parties_by_deposit",
  "states_parties_in_force",
  "clearance_obligations_remaining",
  "stockpile_obligations_remaining",
] as const;

const reason = z
  .string()
  .trim()
  .min(3, "is required: say why, for the audit log")
  .max(2000, "is too long (2,000 characters at most)");

const targetFields = {
  label: z
    .string()
    .trim()
    .min(1, "is required, e.g. 130 States Parties by the Second Review Conference")
    .max(300, "is too long (300 characters at most)"),
  metric: z.enum(TARGET_METRICS, {
    message:
      "must be States Parties (by deposit or entry into force) or States Parties with clearance / stockpile obligations remaining",
  }),
  // 0 is a goal for obligations remaining ("mine-free"), never for membership (checked below).
  value: wholeNumber(0),
  deadline: dateField("the day the target should be met"),
  source: z
    .string()
    .trim()
    .min(1, "is required: where the target was set (a document, a web address)")
    .max(2000, "is too long (2,000 characters at most)"),
};

/** A new target; its slug names it in the page's test ids and the seed files, and does not change. */
/** Membership goals start at one State Party; obligation goals may be zero ("mine-free"). */
function membershipNeedsOne(target: { metric: string; value: number }, context: z.RefinementCtx): void {
  if (target.metric.startsWith("states_parties") && target.value < 1)
    context.addIssue({ code: "custom", path: ["value"], message: "must be at least 1 for a States Parties target" });
}

export const newTargetSchema = z
  .object({
    ...targetFields,
    /** The treaty's slug. */
    treaty: z.string().trim().min(1, "is required: choose a treaty"),
    slug: slugField,
  })
  .superRefine(membershipNeedsOne);
export type NewTarget = z.infer<typeof newTargetSchema>;

export const targetChangeSchema = z
  .object({
    ...targetFields,
    id: z.coerce.number({ message: "is missing" }).int().positive(),
  })
  .superRefine(membershipNeedsOne);
export type TargetChange = z.infer<typeof targetChangeSchema>;

export const targetRetirementSchema = z.object({
  id: z.coerce.number({ message: "is missing" }).int().positive(),
  reason,
});
export type TargetRetirement = z.infer<typeof targetRetirementSchema>;
