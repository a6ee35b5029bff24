"use client";
// A form that changes a row for a stated reason (delete an action, restore a
// deleted one, retire a target, delete a region): hidden fields naming the row,
// a required reason, one button.
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { ErrorSummary } from "./error-summary";
import { TextAreaField } from "./field";
import { formValues } from "./form-values";
import { useFocusOnError } from "./use-focus-on-error";

type Props = {
  formId: string;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string | number>;
  reasonLabel: string;
  reasonHint?: string;
  submitLabel: string;
  /** The form's accessible name, where several such forms share a page. */
  ariaLabel?: string;
  /** Labels of the row's fields, for a refusal that names one (the restored action's type, say). */
  otherLabels?: Record<string, string>;
};

export function ReasonFormClient(props: Props) {
  const { formId, action, hidden, reasonLabel, reasonHint, submitLabel, otherLabels, ariaLabel } = props;
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const form = formValues(state);
  const summaryRef = useFocusOnError(state);
  const reasonId = `${formId}-reason`;
  return (
    <form id={formId} action={formAction} noValidate className="admin-form reason-form" aria-label={ariaLabel}>
      <ErrorSummary
        state={state}
        fields={{ reason: { id: reasonId, label: reasonLabel } }}
        otherLabels={otherLabels}
        ref={summaryRef}
      />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextAreaField
        id={reasonId}
        name="reason"
        label={reasonLabel}
        hint={reasonHint}
        errors={form.errors("reason")}
        defaultValue={form.value("reason")}
        rows={2}
        required
      />
      <button type="submit" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
