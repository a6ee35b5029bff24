"use client";
// A region grouping's own fields: slug (fixed once created), name, description, source.
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { createGroupingAction, updateGroupingAction } from "@/lib/actions/groupings";
import { ErrorSummary } from "./error-summary";
import { TextAreaField, TextField } from "./field";
import { formValues } from "./form-values";
import { useFocusOnError } from "./use-focus-on-error";

const LABELS = { slug: "Grouping slug", name: "Grouping name", description: "Description", source: "Source" };
type Name = keyof typeof LABELS;
const FIELDS = Object.fromEntries(
  Object.entries(LABELS).map(([name, label]) => [name, { id: `grouping-${name}`, label }]),
);

type Props = { initial?: Record<string, string>; creating: boolean };

export function GroupingFormClient({ initial = {}, creating }: Props) {
  const [state, formAction, pending] = useActionState(
    creating ? createGroupingAction : updateGroupingAction,
    initialFormState,
  );
  const form = formValues(state, initial);
  const summaryRef = useFocusOnError(state);
  const field = (name: Name) => ({
    id: `grouping-${name}`,
    name,
    label: LABELS[name],
    errors: form.errors(name),
    defaultValue: form.value(name),
  });
  return (
    <form action={formAction} noValidate className="admin-form" aria-label={creating ? "New grouping" : "The grouping"}>
      <ErrorSummary state={state} fields={FIELDS} ref={summaryRef} />
      {creating ? (
        <TextField
          {...field("slug")}
          hint="Its address: /regions/{slug}/…. Lower-case letters, digits and hyphens, e.g. campaign-priorities. It cannot change later."
          autoComplete="off"
          required
        />
      ) : (
        <input type="hidden" name="slug" value={form.value("slug")} />
      )}
      <TextField {...field("name")} hint="e.g. Campaign priorities 2026." required />
      <TextAreaField {...field("description")} hint="What the grouping is for, shown on the regions page." rows={2} />
      <TextAreaField {...field("source")} hint="Who drew it up, where it is published." rows={2} />
      <button type="submit" disabled={pending}>
        {creating ? "Add the grouping" : "Save the grouping"}
      </button>
    </form>
  );
}
