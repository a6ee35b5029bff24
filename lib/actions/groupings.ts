"use server";
// Admins create region groupings and edit their regions' members. Each action
// checks the session and role first, then validates, then writes through
// lib/admin (one transaction with its audit row).
import { createGrouping, deleteRegion, saveRegion, updateGrouping } from "../admin/groupings";
import { authorize } from "../auth/guard";
import { groupingSchema, regionDeletionSchema, regionSchema } from "../validations/grouping";
import type { FormState } from "./form-state";
import { saveForm } from "./save-form";

const groupingPage = (grouping: string, saved: string) => `/admin/groupings/${grouping}?saved=${saved}`;

export async function createGroupingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(formData, () => authorize("admin"), {
    fields: groupingSchema,
    save: createGrouping,
    changesPublicPages: true,
    showAt: (saved) => groupingPage(saved.grouping, "created"),
  });
}

export async function updateGroupingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(formData, () => authorize("admin"), {
    fields: groupingSchema,
    save: updateGrouping,
    changesPublicPages: true,
    showAt: (saved) => groupingPage(saved.grouping, "updated"),
  });
}

export async function addRegionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(formData, () => authorize("admin"), {
    fields: regionSchema,
    save: (actor, data) => saveRegion(actor, data, true),
    changesPublicPages: true,
    showAt: (saved) => groupingPage(saved.grouping, "region-added"),
  });
}

export async function updateRegionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(formData, () => authorize("admin"), {
    fields: regionSchema,
    save: (actor, data) => saveRegion(actor, data, false),
    changesPublicPages: true,
    showAt: (saved) => groupingPage(saved.grouping, "region-updated"),
  });
}

export async function deleteRegionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(formData, () => authorize("admin"), {
    fields: regionDeletionSchema,
    save: deleteRegion,
    changesPublicPages: true,
    showAt: (saved) => groupingPage(saved.grouping, "region-deleted"),
  });
}
