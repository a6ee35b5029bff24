"use server";
// The editors' writes of obligation events (stockpile destruction, clearance).
// Each checks the session and role first (authorize), then validates with the
// form's own schema, then writes through lib/admin (one transaction with its
// audit row).
import { redirect } from "next/navigation";
import { deleteObligationEvent } from "../admin/delete-obligation-event";
import { recordObligationEvent } from "../admin/record-obligation-event";
import { authorize } from "../auth/guard";
import { obligationEventDeletionSchema, obligationEventFieldsSchema } from "../validations/obligation-event-form";
import { readForm, errorState, refusedState, type FormState } from "./form-state";
import { revalidatePublicPages } from "./revalidate";

/** The list of the treaty and state just changed: /admin/obligations?treaty=ccm&state=DEU&saved=... */
function listHref(treaty: string, state: string, notice: Record<string, string>): string {
  return `/admin/obligations?${new URLSearchParams({ treaty, state, ...notice })}`;
}

export async function recordObligationEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("editor");
  if (!access.ok) return errorState(formData, access.message);
  const form = readForm(formData, obligationEventFieldsSchema);
  if (!form.ok) return form.state;
  const result = await recordObligationEvent(access.actor, form.data);
  if (!result.ok) return refusedState(formData, result);
  revalidatePublicPages();
  redirect(listHref(result.value.treaty, result.value.state, { recorded: String(result.value.id) }));
}

export async function deleteObligationEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("editor");
  if (!access.ok) return errorState(formData, access.message);
  const form = readForm(formData, obligationEventDeletionSchema);
  if (!form.ok) return form.state;
  const result = await deleteObligationEvent(access.actor, form.data);
  if (!result.ok) return refusedState(formData, result);
  revalidatePublicPages();
  redirect(listHref(result.value.treaty, result.value.state, { deleted: String(result.value.auditId) }));
}
