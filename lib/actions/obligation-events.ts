"use server";
// The editors' writes of obligation events (stockpile destruction, clearance).
// Each checks the session and role first (authorize), then validates with the
// form's own schema, then writes through lib/admin (one transaction with its
// audit row).
import { deleteObligationEvent } from "../admin/delete-obligation-event";
import { recordObligationEvent } from "../admin/record-obligation-event";
import { authorize } from "../auth/guard";
import { obligationEventDeletionSchema, obligationEventFieldsSchema } from "../validations/obligation-event-form";
import type { FormState } from "./form-state";
import { saveForm } from "./save-form";

/** The list of the treaty and state just changed: /admin/obligations?treaty=ccm&state=DEU&saved=... */
function listHref(treaty: string, state: string, notice: Record<string, string>): string {
  return `/admin/obligations?${new URLSearchParams({ treaty, state, ...notice })}`;
}

export async function recordObligationEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(formData, () => authorize("editor"), {
    fields: obligationEventFieldsSchema,
    save: recordObligationEvent,
    changesPublicPages: true,
    showAt: (saved) => listHref(saved.treaty, saved.state, { recorded: String(saved.id) }),
  });
}

export async function deleteObligationEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(formData, () => authorize("editor"), {
    fields: obligationEventDeletionSchema,
    save: deleteObligationEvent,
    changesPublicPages: true,
    showAt: (saved) => listHref(saved.treaty, saved.state, { deleted: String(saved.auditId) }),
  });
}
