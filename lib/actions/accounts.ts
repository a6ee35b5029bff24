"use server";
// Admins manage accounts and the treaties' depositary-check dates.
import { redirect } from "next/navigation";
import { z } from "zod";
import { setDepositaryCheckedOn } from "../admin/depositary-check";
import { changeUser, createUser } from "../admin/users";
import { authorize } from "../auth/guard";
import { isIsoDate } from "../domain/dates";
import { newUserSchema, userChangeSchema } from "../validations/admin-user";
import { readForm, errorState, refusedState, type FormState } from "./form-state";
import { revalidatePublicPages } from "./revalidate";

export async function createUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("admin");
  if (!access.ok) return errorState(formData, access.message);
  const form = readForm(formData, newUserSchema);
  if (!form.ok) return form.state;
  const result = await createUser(access.actor, form.data);
  if (!result.ok) return refusedState(formData, result);
  redirect(`/admin/users?saved=${result.value.id}`);
}

export async function changeUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("admin");
  if (!access.ok) return errorState(formData, access.message);
  const form = readForm(formData, userChangeSchema);
  if (!form.ok) return form.state;
  const result = await changeUser(access.actor, form.data);
  if (!result.ok) return refusedState(formData, result);
  redirect(`/admin/users?saved=${result.value.id}`);
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
  const access = await authorize("admin");
  if (!access.ok) return errorState(formData, access.message);
  const form = readForm(formData, checkedOnSchema);
  if (!form.ok) return form.state;
  const result = await setDepositaryCheckedOn(access.actor, form.data);
  if (!result.ok) return refusedState(formData, result);
  revalidatePublicPages();
  redirect(`/admin/treaties?saved=${result.value.slug}`);
}
