"use client";
// "New treaty" and the treaty's edit form: the same fields, two server actions.
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { createTreatyAction, updateTreatyAction } from "@/lib/actions/treaties";
import type { IsoDate } from "@/lib/domain/dates";
import { ErrorSummary } from "./error-summary";
import { formValues } from "./form-values";
import { TreatyFields } from "./treaty-fields";
import { treatyFieldRefs } from "./treaty-form-fields";
import { useFocusOnError } from "./use-focus-on-error";

type Props = { initial: Record<string, string>; creating: boolean; today: IsoDate; shortName?: string };

const FIELDS = treatyFieldRefs();

export function TreatyFormClient({ initial, creating, today, shortName }: Props) {
  const [state, formAction, pending] = useActionState(
    creating ? createTreatyAction : updateTreatyAction,
    initialFormState,
  );
  const form = formValues(state, initial);
  const summaryRef = useFocusOnError(state);
  return (
    <form
      action={formAction}
      noValidate
      className="admin-form"
      aria-label={creating ? "New treaty" : "Edit the treaty"}
    >
      <ErrorSummary state={state} fields={FIELDS} ref={summaryRef} />
      <TreatyFields form={form} creating={creating} today={today} />
      <button type="submit" disabled={pending}>
        {creating ? "Add the treaty" : `Save the changes to the ${shortName ?? "treaty"}`}
      </button>
    </form>
  );
}
