// One row of an obligation file (seed/data/obligations/<treaty>/art-N-<kind>.csv),
// as the seed loader and the admin's form read it. Dates may be as partial as
// the source (YYYY, YYYY-MM, YYYY-MM-DD) but must be real.
import { z } from "zod";
import { parsePartialDate } from "../domain/partial-date";
import { OBLIGATION_CONFIDENCES, OBLIGATION_EVENT_TYPES } from "../domain/obligation-events";
import { iso3, isoDate } from "./action-row";

const partialDate = z
  .string()
  .trim()
  .transform((text, context) => {
    const parsed = parsePartialDate(text);
    if (!parsed) {
      context.addIssue({
        code: "custom",
        message: "must be a real date written YYYY-MM-DD, or YYYY-MM / YYYY when the source gives no day",
      });
      return z.NEVER;
    }
    return parsed;
  });
const optionalText = z
  .string()
  .trim()
  .transform((value) => value || null);
const optionalIsoDate = optionalText.pipe(isoDate.nullable());

export const obligationRowSchema = z
  .object({
    state: iso3,
    event: z.enum(OBLIGATION_EVENT_TYPES, { message: `must be one of ${OBLIGATION_EVENT_TYPES.join(", ")}` }),
    event_on: partialDate,
    deadline: optionalIsoDate,
    meeting: optionalText,
    information_on: partialDate,
    source: z
      .url({ protocol: /^https?$/, message: "must be the http(s) address of the page that says it" })
      // An encoded line break is no part of a real page's address (a scanner's payload copied with a page).
      .refine((url) => !/%0[ad]/i.test(url), "must not contain an encoded line break (%0A, %0D)"),
    confidence: z.enum(OBLIGATION_CONFIDENCES, { message: `must be one of ${OBLIGATION_CONFIDENCES.join(", ")}` }),
    note: optionalText,
  })
  .superRefine((row, context) => {
    const extension = row.event === "extension-requested" || row.event === "extension-granted";
    if (extension && !row.deadline)
      context.addIssue({ code: "custom", path: ["deadline"], message: `is required for ${row.event}` });
    if (!extension && row.event !== "reopened" && row.deadline)
      context.addIssue({ code: "custom", path: ["deadline"], message: `must be empty for ${row.event}` });
    if (row.event === "extension-granted" && !row.meeting)
      context.addIssue({ code: "custom", path: ["meeting"], message: "is required: the meeting that granted it" });
    if (row.information_on.last < row.event_on.first)
      context.addIssue({
        code: "custom",
        path: ["information_on"],
        message: `${row.information_on.text} is before the event it reports (${row.event_on.text})`,
      });
    if (row.confidence === "uncertain" && !row.note)
      context.addIssue({
        code: "custom",
        path: ["note"],
        message: "is required when confidence is uncertain: say why",
      });
  });
export type ObligationRow = z.infer<typeof obligationRowSchema>;
