// The depositary check's two forms: the status page to check (the HTML as
// saved from the UN Treaty Collection, read from the chosen file or pasted),
// and the differences ticked to apply. The page travels with both: the server
// parses and compares it again before applying anything.
import { z } from "zod";

/**
 * The depositary's status pages weigh about 200 KB. The page reaches the
 * server inside a server action's body: next.config.js allows 6 MB
 * (`experimental.serverActions.bodySizeLimit`), room for 5 MB and the rest.
 */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;

/** "missing-here.NIU.consent.2020-08-06.none", "differs.NOR.signature.2008-12-03.412v2" (diff.ts). */
const DIFFERENCE_ID =
  /^(missing-here|differs|withdrawal-missing|not-on-page)\.[A-Z]{3}\.[a-z_]+\.(\d{4}-\d{2}-\d{2}|none)\.(\d+v\d+|none)$/;

const byteLength = (text: string) => new TextEncoder().encode(text).length;

export const depositaryPageSchema = z.object({
  treaty: z.string().trim().min(1, "is required: choose a treaty"),
  page: z
    .string()
    .refine((text) => text.trim().length > 0, "is required: choose the saved status page, or paste its HTML")
    .refine(
      (text) => byteLength(text) <= MAX_PAGE_BYTES,
      "is too large: the depositary's status pages are about 200 KB, and at most 5 MB is accepted",
    ),
});

export const depositaryApplySchema = depositaryPageSchema.extend({
  differences: z
    .array(z.string().regex(DIFFERENCE_ID, "include one that is not a difference this check lists"))
    .max(2000, "are too many at once (2,000 at most)"),
});

/** The form's fields as the schemas take them (the ticked differences are several values of one name). */
export function depositaryFormValues(formData: FormData) {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  const differences = formData.getAll("difference").filter((value) => typeof value === "string");
  return { treaty: text("treaty"), page: text("page"), differences };
}
