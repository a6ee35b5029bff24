// The one way a form action saves, so that none can skip a step: who is asking
// (the action's guard, checked first, on the server), the fields (control
// characters, then the schema), the write (one transaction with its audit row, in lib/admin), the
// public pages told, then off to the page that shows the result. A database
// outage becomes the form's message (unless-database-down.ts).
import { redirect } from "next/navigation";
import type { WriteResult } from "../admin/write-result";
import type { Access } from "../auth/request";
import type { Actor } from "../auth/sessions";
import { errorState, readForm, refusedState, type FormState } from "./form-state";
import { revalidatePublicPages } from "./revalidate";
import { unlessDatabaseDown } from "./unless-database-down";

type SaveFormSteps<Data, Saved> = {
  /** The form's schema, or a parser built on one. */
  fields: Parameters<typeof readForm<Data>>[1];
  save: (actor: Actor, data: Data) => Promise<WriteResult<Saved>>;
  /** False for what no public page shows (accounts). */
  changesPublicPages: boolean;
  /** Where the browser goes once saved. */
  showAt: (saved: Saved) => string;
};

/**
 * `guard` is the action's `() => authorize(role)`, written on the action's first
 * line so that every reader sees who may; it runs before anything else.
 */
export async function saveForm<Data, Saved>(
  formData: FormData,
  guard: () => Promise<Access>,
  steps: SaveFormSteps<Data, Saved>,
): Promise<FormState> {
  return unlessDatabaseDown(formData, async () => {
    const access = await guard();
    if (!access.ok) return errorState(formData, access.message);
    const form = readForm(formData, steps.fields);
    if (!form.ok) return form.state;
    const result = await steps.save(access.actor, form.data);
    if (!result.ok) return refusedState(formData, result);
    if (steps.changesPublicPages) revalidatePublicPages();
    redirect(steps.showAt(result.value));
  });
}
