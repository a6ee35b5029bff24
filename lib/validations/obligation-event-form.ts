// The admin's obligation event form (/admin/obligations/new): the treaty, the
// state and which obligation, then the fields of a row of the obligation files
// (obligation-row.ts), with the same checks. Field names are the files' column
// names, so a refusal names the same field in the form, the files and the rules
// (lib/domain/obligation-events.ts). Values arrive as FormData strings; empty
// optional fields become null.
import { z } from "zod";
import { OBLIGATION_CONFIDENCES, OBLIGATION_EVENT_TYPES, SOURCED_OBLIGATIONS } from "../domain/obligation-events";
import { obligationRowSchema } from "./obligation-row";

const optionalText = z
  .string()
  .trim()
  .max(2000, "is too long (2,000 characters at most)")
  .transform((value) => value || null);

/** "Niue (NIU)" or "niu" -> "NIU"; a name is kept as typed and resolved on the server, as in the action form. */
const state = z
  .string()
  .trim()
  .min(1, "is required: type a state's name or ISO code and pick it from the list")
  .max(200, "is too long")
  .transform((value) => {
    const code = /\(([A-Za-z]{3})\)$/.exec(value)?.[1] ?? value;
    return /^[A-Za-z]{3}$/.test(code) ? code.toUpperCase() : value;
  });

export const obligationEventFieldsSchema = obligationRowSchema.safeExtend({
  treaty: z.string().trim().min(1, "is required: choose a treaty").max(200, "is too long"),
  state,
  kind: z.enum(SOURCED_OBLIGATIONS, { message: "is required: choose stockpile destruction or clearance" }),
  event: z.enum(OBLIGATION_EVENT_TYPES, { message: "is required: choose what the source says happened" }),
  meeting: optionalText,
  confidence: z.enum(OBLIGATION_CONFIDENCES, { message: `must be one of ${OBLIGATION_CONFIDENCES.join(", ")}` }),
  note: optionalText,
});
export type ObligationEventFields = z.infer<typeof obligationEventFieldsSchema>;

const reason = z
  .string()
  .trim()
  .min(3, "is required: say why, for the audit log")
  .max(2000, "is too long (2,000 characters at most)");

export const obligationEventDeletionSchema = z.object({
  id: z.coerce.number({ message: "is missing" }).int().positive().max(2_147_483_647),
  reason,
});
export type ObligationEventDeletion = z.infer<typeof obligationEventDeletionSchema>;
