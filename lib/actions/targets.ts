"use server";
// Admins add, edit and retire a treaty's targets (on the treaty's admin page).
// Each action checks the session and role first, then validates, then writes
// through lib/admin (one transaction with its audit row).
import { redirect } from "next/navigation";
import { createTarget, retireTarget, updateTarget } from "../admin/targets";
import { authorize } from "../auth/guard";
import { newTargetSchema, targetChangeSchema, targetRetirementSchema } from "../validations/target";
import { fieldErrorsOf } from "../validations/treaty-action";
import { controlCharacterErrors, errorState, refusedState, type FormState } from "./form-state";
import { revalidatePublicPages } from "./revalidate";

const treatyPage = (treaty: string, saved: string) => `/admin/treaties/${treaty}?saved=${saved}#targets`;

export async function createTargetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("admin");
  if (!access.ok) return errorState(formData, access.message);
  const unprintable = controlCharacterErrors(formData);
  if (unprintable) return errorState(formData, null, unprintable);
  const parsed = newTargetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(formData, null, fieldErrorsOf(parsed.error));
  const result = await createTarget(access.actor, parsed.data);
  if (!result.ok) return refusedState(formData, result);
  revalidatePublicPages();
  redirect(treatyPage(result.value.treaty, "target-created"));
}

export async function updateTargetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("admin");
  if (!access.ok) return errorState(formData, access.message);
  const unprintable = controlCharacterErrors(formData);
  if (unprintable) return errorState(formData, null, unprintable);
  const parsed = targetChangeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(formData, null, fieldErrorsOf(parsed.error));
  const result = await updateTarget(access.actor, parsed.data);
  if (!result.ok) return refusedState(formData, result);
  revalidatePublicPages();
  redirect(treatyPage(result.value.treaty, "target-updated"));
}

export async function retireTargetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("admin");
  if (!access.ok) return errorState(formData, access.message);
  const unprintable = controlCharacterErrors(formData);
  if (unprintable) return errorState(formData, null, unprintable);
  const parsed = targetRetirementSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(formData, null, fieldErrorsOf(parsed.error));
  const result = await retireTarget(access.actor, parsed.data);
  if (!result.ok) return refusedState(formData, result);
  revalidatePublicPages();
  redirect(treatyPage(result.value.treaty, "target-retired"));
}
