// One row of an action file (seed/data/actions/<treaty>.csv), as the seed
// loader and the admin's bulk import read it. Dates must be real calendar dates.
import { z } from "zod";
import { isIsoDate } from "../domain/dates";

export const isoDate = z.string().trim().refine(isIsoDate, { message: "must be a real date written YYYY-MM-DD" });
const optionalIsoDate = z
  .string()
  .trim()
  .transform((value) => value || null)
  .pipe(isoDate.nullable());
export const iso3 = z
  .string()
  .trim()
  .regex(/^[A-Z]{3}$/, "must be an ISO 3166 alpha-3 code in capitals");
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
