"use server";
// The editors' writes to the action log. Each checks the session and role
// first (authorize), then validates with the form's own schema, then writes
// through lib/admin (one transaction with its audit row).
import { redirect } from "next/navigation";
import { correctAction } from "../admin/correct-action";
import { deleteAction } from "../admin/delete-action";
import { previewAction, type PreviewResult } from "../admin/preview-action";
import { recordAction } from "../admin/record-action";
import { restoreAction } from "../admin/restore-action";
import { authorize } from "../auth/guard";
import {
  actionCorrectionSchema,
  actionDeletionSchema,
  actionFieldsSchema,
  actionPreviewSchema,
  actionRestoreSchema,
  fieldErrorsOf,
} from "../validations/treaty-action";
import { readForm, errorState, refusedState, type FormState } from "./form-state";
import { revalidatePublicPages } from "./revalidate";

export async function recordActionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("editor");
  if (!access.ok) return errorState(formData, access.message);
  const form = readForm(formData, actionFieldsSchema);
  if (!form.ok) return form.state;
  const result = await recordAction(access.actor, form.data);
  if (!result.ok) return refusedState(formData, result);
  revalidatePublicPages();
  redirect(`/admin/actions/${result.value.id}?saved=recorded`);
}

export async function correctActionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("editor");
  if (!access.ok) return errorState(formData, access.message);
  const form = readForm(formData, actionCorrectionSchema);
  if (!form.ok) return form.state;
  const result = await correctAction(access.actor, form.data);
  if (!result.ok) return refusedState(formData, result);
  revalidatePublicPages();
  redirect(`/admin/actions/${result.value.id}?saved=corrected`);
}

export async function deleteActionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("editor");
  if (!access.ok) return errorState(formData, access.message);
  const form = readForm(formData, actionDeletionSchema);
  if (!form.ok) return form.state;
  const result = await deleteAction(access.actor, form.data);
  if (!result.ok) return refusedState(formData, result);
  revalidatePublicPages();
  redirect(`/admin/audit?deleted=${result.value.auditId}`);
}

export async function restoreActionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("editor");
  if (!access.ok) return errorState(formData, access.message);
  const form = readForm(formData, actionRestoreSchema);
  if (!form.ok) return form.state;
  const result = await restoreAction(access.actor, form.data);
  if (!result.ok) return refusedState(formData, result);
  revalidatePublicPages();
  redirect(`/admin/actions/${result.value.id}?saved=restored`);
}

/** The form's preview of what saving would change. `replacing`: the row a correction replaces. */
export async function previewActionAction(values: Record<string, string>, replacing?: number): Promise<PreviewResult> {
  const access = await authorize("editor");
  if (!access.ok) return { ok: false, fieldErrors: { form: [access.message] } };
  const parsed = actionPreviewSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  return previewAction({ ...parsed.data, source: "", confidence: "confirmed", note: null }, replacing);
}
