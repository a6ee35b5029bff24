"use server";
// Admins add, edit and retire a treaty's targets (on the treaty's admin page).
// Each action checks the session and role first, then validates, then writes
// through lib/admin (one transaction with its audit row).
import { createTarget, retireTarget, updateTarget } from "../admin/targets";
import { authorize } from "../auth/guard";
import { newTargetSchema, targetChangeSchema, targetRetirementSchema } from "../validations/target";
import type { FormState } from "./form-state";
import { saveForm } from "./save-form";

const treatyPage = (treaty: string, saved: string) => `/admin/treaties/${treaty}?saved=${saved}#targets`;

export async function createTargetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(formData, () => authorize("admin"), {
    fields: newTargetSchema,
    save: createTarget,
    changesPublicPages: true,
    showAt: (saved) => treatyPage(saved.treaty, "target-created"),
  });
}

export async function updateTargetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(formData, () => authorize("admin"), {
    fields: targetChangeSchema,
    save: updateTarget,
    changesPublicPages: true,
    showAt: (saved) => treatyPage(saved.treaty, "target-updated"),
  });
}

export async function retireTargetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(formData, () => authorize("admin"), {
    fields: targetRetirementSchema,
    save: retireTarget,
    changesPublicPages: true,
    showAt: (saved) => treatyPage(saved.treaty, "target-retired"),
  });
}
