"use server";
// Admins create region groupings and edit their regions' members. Each action
// checks the session and role first, then validates, then writes through
// lib/admin (one transaction with its audit row).
import { redirect } from "next/navigation";
import { createGrouping, deleteRegion, saveRegion, updateGrouping } from "../admin/groupings";
import { authorize } from "../auth/guard";
import { groupingSchema, regionDeletionSchema, regionSchema } from "../validations/grouping";
import { readForm, errorState, refusedState, type FormState } from "./form-state";
import { revalidatePublicPages } from "./revalidate";

const groupingPage = (grouping: string, saved: string) => `/admin/groupings/${grouping}?saved=${saved}`;

export async function createGroupingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("admin");
  if (!access.ok) return errorState(formData, access.message);
  const form = readForm(formData, groupingSchema);
  if (!form.ok) return form.state;
  const result = await createGrouping(access.actor, form.data);
  if (!result.ok) return refusedState(formData, result);
  revalidatePublicPages();
  redirect(groupingPage(result.value.grouping, "created"));
}

export async function updateGroupingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("admin");
  if (!access.ok) return errorState(formData, access.message);
  const form = readForm(formData, groupingSchema);
  if (!form.ok) return form.state;
  const result = await updateGrouping(access.actor, form.data);
  if (!result.ok) return refusedState(formData, result);
  revalidatePublicPages();
  redirect(groupingPage(result.value.grouping, "updated"));
}

export async function addRegionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("admin");
  if (!access.ok) return errorState(formData, access.message);
  const form = readForm(formData, regionSchema);
  if (!form.ok) return form.state;
  const result = await saveRegion(access.actor, form.data, true);
  if (!result.ok) return refusedState(formData, result);
  revalidatePublicPages();
  redirect(groupingPage(result.value.grouping, "region-added"));
}

export async function updateRegionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("admin");
  if (!access.ok) return errorState(formData, access.message);
  const form = readForm(formData, regionSchema);
  if (!form.ok) return form.state;
  const result = await saveRegion(access.actor, form.data, false);
  if (!result.ok) return refusedState(formData, result);
  revalidatePublicPages();
  redirect(groupingPage(result.value.grouping, "region-updated"));
}

export async function deleteRegionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("admin");
  if (!access.ok) return errorState(formData, access.message);
  const form = readForm(formData, regionDeletionSchema);
  if (!form.ok) return form.state;
  const result = await deleteRegion(access.actor, form.data);
  if (!result.ok) return refusedState(formData, result);
  revalidatePublicPages();
  redirect(groupingPage(result.value.grouping, "region-deleted"));
}
