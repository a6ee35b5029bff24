"use client";
// A treaty's targets on its admin page: add one, edit one, retire one (kept and
// audited, no longer shown on public pages).
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { createTargetAction, updateTargetAction } from "@/lib/actions/targets";
import { ErrorSummary } from "./error-summary";
import { SelectField, TextAreaField, TextField } from "./field";
import { formValues } from "./form-values";
import { METRIC_OPTIONS } from "./target-metrics";
import { useFocusOnError } from "./use-focus-on-error";

const LABELS = {
  slug: "Target slug",
  label: "What the target says",
  metric: "Counted as",
  value: "Number of States Parties",
  deadline: "Deadline",
  source: "Where it was set",
  reason: "Reason for retiring",
};
type Name = keyof typeof LABELS;

const fieldRefs = (prefix: string) =>
  Object.fromEntries(Object.entries(LABELS).map(([name, label]) => [name, { id: `${prefix}-${name}`, label }]));

type TargetValues = {
  id: number;
  slug: string;
  label: string;
  metric: string;
  value: number;
  deadline: string;
  source: string;
};

function TargetFields({ prefix, form }: { prefix: string; form: ReturnType<typeof formValues> }) {
  const field = (name: Name) => ({
    id: `${prefix}-${name}`,
    name,
    label: LABELS[name],
    errors: form.errors(name),
    defaultValue: form.value(name),
  });
  return (
    <>
      <TextField {...field("label")} hint="As the public pages show it, e.g. 130 States Parties by 2030." required />
      <SelectField {...field("metric")} options={METRIC_OPTIONS} required />
      <TextField {...field("value")} inputMode="numeric" autoComplete="off" required />
      <TextField {...field("deadline")} type="date" required />
      <TextAreaField {...field("source")} hint="The document or web page that set the target." rows={2} required />
    </>
  );
}

export function NewTargetFormClient({ treaty }: { treaty: string }) {
  const [state, formAction, pending] = useActionState(createTargetAction, initialFormState);
  const form = formValues(state, { metric: "states_parties_by_deposit" });
  const summaryRef = useFocusOnError(state);
  return (
    <form action={formAction} noValidate className="admin-form" aria-labelledby="new-target-heading">
      <h3 id="new-target-heading">Add a target</h3>
      <ErrorSummary
        state={state}
        fields={fieldRefs("new-target")}
        otherLabels={{ treaty: "Treaty" }}
        ref={summaryRef}
      />
      <input type="hidden" name="treaty" value={treaty} />
      <TextField
        id="new-target-slug"
        name="slug"
        label={LABELS.slug}
        hint="Names it for good, e.g. review-conference-2030: lower-case letters, digits and hyphens."
        autoComplete="off"
        errors={form.errors("slug")}
        defaultValue={form.value("slug")}
        required
      />
      <TargetFields prefix="new-target" form={form} />
      <button type="submit" disabled={pending}>
        Add the target
      </button>
    </form>
  );
}

export function TargetEditFormClient({ target }: { target: TargetValues }) {
  const [state, formAction, pending] = useActionState(updateTargetAction, initialFormState);
  const prefix = `target-${target.id}`;
  const form = formValues(state, {
    label: target.label,
    metric: target.metric,
    value: String(target.value),
    deadline: target.deadline,
    source: target.source,
  });
  const summaryRef = useFocusOnError(state);
  return (
    <form action={formAction} noValidate className="admin-form" aria-label={`Edit the target ${target.slug}`}>
      <ErrorSummary state={state} fields={fieldRefs(prefix)} ref={summaryRef} />
      <input type="hidden" name="id" value={target.id} />
      <TargetFields prefix={prefix} form={form} />
      <button type="submit" disabled={pending}>
        Save the target
      </button>
    </form>
  );
}
