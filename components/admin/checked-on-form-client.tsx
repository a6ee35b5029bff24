"use client";
// Moves a treaty's "checked against the depositary record as at" date, saying
// which depositary page was checked.
import { useActionState } from "react";
import { setDepositaryCheckedOnAction } from "@/lib/actions/accounts";
import { initialFormState } from "@/lib/actions/form-state";
import type { IsoDate } from "@/lib/domain/dates";
import { ErrorSummary } from "./error-summary";
import { TextAreaField, TextField } from "./field";
import { formValues } from "./form-values";
import { useFocusOnError } from "./use-focus-on-error";

type Props = { treaty: { slug: string; shortName: string; depositaryCheckedOn: IsoDate }; today: IsoDate };

export function CheckedOnFormClient({ treaty, today }: Props) {
  const [state, formAction, pending] = useActionState(setDepositaryCheckedOnAction, initialFormState);
  const form = formValues(state, { checkedOn: treaty.depositaryCheckedOn });
  const summaryRef = useFocusOnError(state);
  const fields = {
    checkedOn: { id: `${treaty.slug}-checked-on`, label: "Status as at" },
    reason: { id: `${treaty.slug}-checked-reason`, label: "Page checked" },
    treaty: { id: `${treaty.slug}-checked-on`, label: "Treaty" },
  };
  return (
    <form action={formAction} noValidate className="admin-form">
      <ErrorSummary state={state} fields={fields} ref={summaryRef} />
      <input type="hidden" name="treaty" value={treaty.slug} />
      <TextField
        {...fields.checkedOn}
        name="checkedOn"
        type="date"
        hint="The “Status as at” date of the depositary page the data now matches."
        max={today}
        errors={form.errors("checkedOn")}
        defaultValue={form.value("checkedOn")}
        required
      />
      <TextAreaField
        {...fields.reason}
        name="reason"
        hint="Which page was checked and where it came from, for the audit log."
        errors={form.errors("reason")}
        defaultValue={form.value("reason")}
        rows={2}
        required
      />
      <button type="submit" disabled={pending}>
        Save the date for {treaty.shortName}
      </button>
    </form>
  );
}
