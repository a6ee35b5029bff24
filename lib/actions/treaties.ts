"use server";
// Admins add and edit treaties. Each action checks the session and role first
// (authorize), then validates with the form's own schema, then writes through
// lib/admin (one transaction with its audit row).
import { createTreaty, updateTreaty } from "../admin/treaties";
import { authorize } from "../auth/guard";
import { parseNewTreaty, parseTreatyChange } from "../validations/treaty";
import type { FormState } from "./form-state";
import { saveForm } from "./save-form";

export async function createTreatyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(formData, () => authorize("admin"), {
    fields: parseNewTreaty,
    save: createTreaty,
    changesPublicPages: true,
    showAt: (saved) => `/admin/treaties/${saved.slug}?saved=created`,
  });
}

export async function updateTreatyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(formData, () => authorize("admin"), {
    fields: parseTreatyChange,
    save: updateTreaty,
    changesPublicPages: true,
    showAt: (saved) => `/admin/treaties/${saved.slug}?saved=updated`,
  });
}
