"use server";
// The editors' writes to the action log. Each checks the session and role
// first (authorize), then validates with the form's own schema, then writes
// through lib/admin (one transaction with its audit row).
import { correctAction } from "../admin/correct-action";
import { deleteAction } from "../admin/delete-action";
import { previewAction, type PreviewResult } from "../admin/preview-action";
import { recordAction } from "../admin/record-action";
import { restoreAction } from "../admin/restore-action";
import {
  actionCorrectionSchema,
  actionDeletionSchema,
  actionFieldsSchema,
  actionPreviewSchema,
  actionRestoreSchema,
  fieldErrorsOf,
} from "../validations/treaty-action";
import type { FormState } from "./form-state";
import { saveForm } from "./save-form";
import { authorize } from "../auth/guard";

export async function recordActionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(formData, () => authorize("editor"), {
    fields: actionFieldsSchema,
    save: recordAction,
    changesPublicPages: true,
    showAt: (saved) => `/admin/actions/${saved.id}?saved=recorded`,
  });
}

export async function correctActionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(formData, () => authorize("editor"), {
    fields: actionCorrectionSchema,
    save: correctAction,
    changesPublicPages: true,
    showAt: (saved) => `/admin/actions/${saved.id}?saved=corrected`,
  });
}

export async function deleteActionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(formData, () => authorize("editor"), {
    fields: actionDeletionSchema,
    save: deleteAction,
    changesPublicPages: true,
    showAt: (saved) => `/admin/audit?deleted=${saved.auditId}`,
  });
}

export async function restoreActionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(formData, () => authorize("editor"), {
    fields: actionRestoreSchema,
    save: restoreAction,
    changesPublicPages: true,
    showAt: (saved) => `/admin/actions/${saved.id}?saved=restored`,
  });
}

/** The form's preview of what saving would change. `replacing`: the row a correction replaces. */
export async function previewActionAction(values: Record<string, string>, replacing?: number): Promise<PreviewResult> {
  const access = await authorize("editor");
  if (!access.ok) return { ok: false, fieldErrors: { form: [access.message] } };
  const parsed = actionPreviewSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  return previewAction({ ...parsed.data, source: "", confidence: "confirmed", note: null }, replacing);
}
