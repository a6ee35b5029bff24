"use client";
// A region of a grouping and its members, one state per line (ISO3 code or
// name): add one, or replace one's members (deleting one: ReasonFormClient).
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { addRegionAction, updateRegionAction } from "@/lib/actions/groupings";
import { ErrorSummary } from "./error-summary";
import { TextAreaField, TextField } from "./field";
import { formValues } from "./form-values";
import { useFocusOnError } from "./use-focus-on-error";

const LABELS = { slug: "Region slug", name: "Region name", members: "Member states" };
type Name = keyof typeof LABELS;

const refs = (prefix: string) =>
  Object.fromEntries(Object.entries(LABELS).map(([name, label]) => [name, { id: `${prefix}-${name}`, label }]));

type Region = { slug: string; name: string; members: string[] };
type Props = { grouping: string; region?: Region };

export function RegionFormClient({ grouping, region }: Props) {
  const creating = !region;
  const [state, formAction, pending] = useActionState(
    creating ? addRegionAction : updateRegionAction,
    initialFormState,
  );
  const prefix = region ? `region-${region.slug}` : "new-region";
  const form = formValues(state, region ? { ...region, members: region.members.join("\n") } : {});
  const summaryRef = useFocusOnError(state);
  const field = (name: Name) => ({
    id: `${prefix}-${name}`,
    name,
    label: LABELS[name],
    errors: form.errors(name),
    defaultValue: form.value(name),
  });
  return (
    <form
      action={formAction}
      noValidate
      className="admin-form"
      aria-label={region ? `Edit the region ${region.name}` : "Add a region"}
    >
      <ErrorSummary state={state} fields={refs(prefix)} ref={summaryRef} />
      <input type="hidden" name="grouping" value={grouping} />
      {creating ? (
        <TextField
          {...field("slug")}
          hint="Its address: /regions/{grouping}/{slug}, e.g. pacific. It cannot change later."
          autoComplete="off"
          required
        />
      ) : (
        <input type="hidden" name="slug" value={region.slug} />
      )}
      <TextField {...field("name")} required />
      <TextAreaField
        {...field("members")}
        hint="One state per line: its ISO3 code (NIU) or its name (Niue). Every line must name a state."
        rows={8}
      />
      <button type="submit" disabled={pending}>
        {creating ? "Add the region" : `Save ${region.name}`}
      </button>
    </form>
  );
}
