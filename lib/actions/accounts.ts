"use server";
// Admins manage accounts and the treaties' depositary-check dates.
import { z } from "zod";
import { setDepositaryCheckedOn } from "../admin/depositary-check";
import { changeUser, createUser } from "../admin/users";
import { authorize } from "../auth/guard";
import { isIsoDate } from "../domain/dates";
import { newUserSchema, userChangeSchema } from "../validations/admin-user";
import type { FormState } from "./form-state";
import { saveForm } from "./save-form";

export async function createUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(formData, () => authorize("admin"), {
    fields: newUserSchema,
    save: createUser,
    changesPublicPages: false,
    showAt: (saved) => `/admin/users?saved=${saved.id}`,
  });
}

export async function changeUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(formData, () => authorize("admin"), {
    fields: userChangeSchema,
    save: changeUser,
    changesPublicPages: false,
    showAt: (saved) => `/admin/users?saved=${saved.id}`,
  });
}

const checkedOnSchema = z.object({
  treaty: z.string().trim().min(1, "is required"),
  checkedOn: z.string().trim().refine(isIsoDate, "must be a date written YYYY-MM-DD: the page's “Status as at” date"),
  reason: z
    .string()
    .trim()
    .min(3, "is required: which page was checked (its “Status as at” date and where it came from)"),
});

export async function setDepositaryCheckedOnAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(formData, () => authorize("admin"), {
    fields: checkedOnSchema,
    save: setDepositaryCheckedOn,
    changesPublicPages: true,
    showAt: (saved) => `/admin/treaties?saved=${saved.slug}`,
  });
}
