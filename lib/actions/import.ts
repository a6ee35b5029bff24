"use server";
// An admin's bulk import of actions: a preview that writes nothing, then the
// commit, which gets the file again and checks everything anew (never the
// browser's copy of the preview).
import { z } from "zod";
import { commitImport, previewImport } from "../admin/import-actions";
import type { ImportCommitResult, ImportPreviewResult } from "../admin/import-result";
import { DIRECTION_OVERRIDE, hasControlCharacter } from "../admin/import-row";
import { authorize } from "../auth/guard";
import { fieldErrorsOf } from "../validations/treaty-action";
import { revalidatePublicPages } from "./revalidate";

const previewSchema = z.object({
  treaty: z.string().trim().min(1, "is required: choose a treaty").max(100),
  // The size cap is counted in bytes by lib/admin/import-csv.ts; this only stops a body far beyond it.
  csv: z.string({ message: "is required: choose a CSV file" }).max(6_000_000, "is too large"),
});

const commitSchema = previewSchema.extend({
  fileName: z
    .string()
    .trim()
    .min(1, "is required: choose a CSV file")
    .max(255, "has a name longer than 255 characters: rename it")
    // The name goes into the audit log's reason.
    .refine(
      (name) => !hasControlCharacter(name) && !DIRECTION_OVERRIDE.test(name),
      "has a name with control characters: rename it",
    ),
  reason: z
    .string()
    .trim()
    .min(3, "is required: say where the rows come from, for the audit log")
    .max(2000, "is too long (2,000 characters at most)"),
  expected: z.object({ added: z.number().int().nonnegative(), changed: z.number().int().nonnegative() }),
});

export async function previewImportAction(input: z.input<typeof previewSchema>): Promise<ImportPreviewResult> {
  const access = await authorize("admin");
  if (!access.ok) return { ok: false, fieldErrors: { form: [access.message] } };
  const parsed = previewSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  return previewImport(parsed.data.treaty, parsed.data.csv);
}

export async function commitImportAction(input: z.input<typeof commitSchema>): Promise<ImportCommitResult> {
  const access = await authorize("admin");
  if (!access.ok) return { ok: false, formError: access.message, fieldErrors: {}, preview: null };
  const parsed = commitSchema.safeParse(input);
  if (!parsed.success) return { ok: false, formError: null, fieldErrors: fieldErrorsOf(parsed.error), preview: null };
  const result = await commitImport(access.actor, parsed.data);
  if (result.ok && result.added + result.changed > 0) revalidatePublicPages();
  return result;
}
