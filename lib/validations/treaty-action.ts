// The admin's action form: one schema for the form (field errors shown beside
// each input) and the server actions that save it. Values arrive as FormData
// strings; empty optional fields become null.
import { z } from "zod";
import { isIsoDate } from "../domain/dates";
import { ACTION_TYPES } from "../domain/types";

const date = (what: string) => z.string().trim().refine(isIsoDate, `must be a date written YYYY-MM-DD (${what})`);
const optionalDate = (what: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null)
    .pipe(date(what).nullable());
const optionalText = z
  .string()
  .trim()
  .max(2000, "is too long (2,000 characters at most)")
  .optional()
  .transform((value) => value || null);

/** A web address, or a depositary notification reference such as C.N.123.2026.TREATIES-XXVI.5 (the bulk import checks it too). */
export const source = z
  .string()
  .trim()
  .min(1, { message: "is required: a URL or a depositary notification reference (C.N.…)", abort: true })
  .max(2000, "is too long (2,000 characters at most)")
  .refine(
    (value) => (/^https?:\/\//i.test(value) ? URL.canParse(value) : /^C\.N\.\d+\.\d{4}\.\S+$/i.test(value)),
    "must be a web address (https://…) or a depositary notification reference such as C.N.123.2026.TREATIES-XXVI.5",
  );

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/** The fields of an action, as typed by an editor. `state` is a name or ISO3 code, resolved on the server. */
export const actionFieldsSchema = z.object({
  treaty: z.string().trim().min(1, "is required: choose a treaty"),
  state: z.string().trim().min(1, "is required: type a state's name or ISO code and pick it from the list"),
  type: z.enum(ACTION_TYPES, { message: "is required: choose the kind of action" }),
  depositedOn: date("the day the instrument or notice was deposited"),
  effectiveOn: optionalDate("the date the source gives for the action's effect"),
  effectDeferred: checkbox,
  source,
  confidence: z.enum(["confirmed", "unconfirmed"], { message: "must be confirmed or unconfirmed" }),
  note: optionalText,
});
export type ActionFields = z.infer<typeof actionFieldsSchema>;

/** What the preview needs: where, what and when (no source or note yet). */
export const actionPreviewSchema = actionFieldsSchema.pick({
  treaty: true,
  state: true,
  type: true,
  depositedOn: true,
  effectiveOn: true,
  effectDeferred: true,
});

const reason = z
  .string()
  .trim()
  .min(3, "is required: say why, for the audit log")
  .max(2000, "is too long (2,000 characters at most)");
const rowRef = {
  id: z.coerce.number({ message: "is missing" }).int().positive(),
  /** The row's version when the form was opened: a later change refuses the edit. */
  version: z.coerce.number({ message: "is missing" }).int().positive(),
};

export const actionCorrectionSchema = actionFieldsSchema.extend({ ...rowRef, reason });
export type ActionCorrection = z.infer<typeof actionCorrectionSchema>;

export const actionDeletionSchema = z.object({ ...rowRef, reason });
export type ActionDeletion = z.infer<typeof actionDeletionSchema>;

export const actionRestoreSchema = z.object({
  auditId: z.coerce.number({ message: "is missing" }).int().positive(),
  reason,
});
export type ActionRestore = z.infer<typeof actionRestoreSchema>;

/** zod issues -> { field: [messages] }, each message starting with nothing but what is wrong. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return errors;
}
