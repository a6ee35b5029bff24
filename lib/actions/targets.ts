"use server";
// Admins add, edit and retire a treaty's targets (on the treaty's admin page).
// Each action checks the session and role first, then validates, then writes
// through lib/admin (one transaction with its audit row).
import { redirect } from "next/navigation";
import { createTarget, retireTarget, updateTarget } from "../admin/targets";
import { authorize } from "../auth/guard";
import { newTargetSchema, targetChangeSchema, targetRetirementSchema } from "../validations/target";
import { readForm, errorState, refusedState, type FormState } from "./form-state";
import { revalidatePublicPages } from "./revalidate";

const treatyPage = (treaty: string, saved: string) => `/admin/treaties/${treaty}?saved=${saved}#targets`;

export async function createTargetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("admin");
  if (!access.ok) return errorState(formData, access.message);
  const form = readForm(formData, newTargetSchema);
  if (!form.ok) return form.state;
  const result = await createTarget(access.actor, form.data);
  if (!result.ok) return refusedState(formData, result);
  revalidatePublicPages();
  redirect(treatyPage(result.value.treaty, "target-created"));
}

export async function updateTargetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("admin");
  if (!access.ok) return errorState(formData, access.message);
  const form = readForm(formData, targetChangeSchema);
  if (!form.ok) return form.state;
  const result = await updateTarget(access.actor, form.data);
  if (!result.ok) return refusedState(formData, result);
  revalidatePublicPages();
  redirect(treatyPage(result.value.treaty, "target-updated"));
}

export async function retireTargetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("admin");
  if (!access.ok) return errorState(formData, access.message);
  const form = readForm(formData, targetRetirementSchema);
  if (!form.ok) return form.state;
  const result = await retireTarget(access.actor, form.data);
  if (!result.ok) return refusedState(formData, result);
  revalidatePublicPages();
  redirect(treatyPage(result.value.treaty, "target-retired"));
}
