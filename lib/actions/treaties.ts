"use server";
// Admins add and edit treaties. Each action checks the session and role first
// (authorize), then validates with the form's own schema, then writes through
// lib/admin (one transaction with its audit row).
import { redirect } from "next/navigation";
import { createTreaty, updateTreaty } from "../admin/treaties";
import { authorize } from "../auth/guard";
import { parseNewTreaty, parseTreatyChange } from "../validations/treaty";
import { readForm, errorState, refusedState, type FormState } from "./form-state";
import { revalidatePublicPages } from "./revalidate";

export async function createTreatyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("admin");
  if (!access.ok) return errorState(formData, access.message);
  const form = readForm(formData, parseNewTreaty);
  if (!form.ok) return form.state;
  const result = await createTreaty(access.actor, form.data);
  if (!result.ok) return refusedState(formData, result);
  revalidatePublicPages();
  redirect(`/admin/treaties/${result.value.slug}?saved=created`);
}

export async function updateTreatyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("admin");
  if (!access.ok) return errorState(formData, access.message);
  const form = readForm(formData, parseTreatyChange);
  if (!form.ok) return form.state;
  const result = await updateTreaty(access.actor, form.data);
  if (!result.ok) return refusedState(formData, result);
  revalidatePublicPages();
  redirect(`/admin/treaties/${result.value.slug}?saved=updated`);
}
