"use client";
// Records one thing a source says about a state's stockpile-destruction or
// clearance obligation. Every field is in the server's HTML, so the form works
// without JavaScript; dates may be as partial as the source (YYYY, YYYY-MM).
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { recordObligationEventAction } from "@/lib/actions/obligation-events";
import { OBLIGATION_CONFIDENCES, OBLIGATION_EVENT_TYPES } from "@/lib/domain/obligation-events";
import { OBLIGATION_CONFIDENCE_LABELS, OBLIGATION_EVENT_LABELS } from "@/lib/labels";
import { ErrorSummary } from "./error-summary";
import { SelectField, TextAreaField, TextField } from "./field";
import { formValues } from "./form-values";
import { OBLIGATION_EVENT_FIELD_LABELS as LABELS, OBLIGATION_KIND_OPTIONS } from "./obligation-event-labels";
import { StateDatalist } from "./state-datalist";
import { useFocusOnError } from "./use-focus-on-error";

type Props = {
  formId: string;
  initial: Record<string, string>;
  choices: {
    treaties: readonly { slug: string; shortName: string }[];
    states: readonly { iso3: string; label: string }[];
  };
};

const EVENT_OPTIONS = OBLIGATION_EVENT_TYPES.map((type) => ({ value: type, label: OBLIGATION_EVENT_LABELS[type] }));
/** The labels start with the value itself ("reported by one secondary source"). */
const CONFIDENCE_OPTIONS = OBLIGATION_CONFIDENCES.map((confidence) => {
  const label = OBLIGATION_CONFIDENCE_LABELS[confidence];
  return { value: confidence, label: label.charAt(0).toUpperCase() + label.slice(1) };
});
const PARTIAL_DATE_HINT = "YYYY-MM-DD, or YYYY-MM or YYYY when the source gives no day (e.g. 2019-09).";

export function ObligationEventFormClient({ formId, initial, choices }: Props) {
  const [state, formAction, pending] = useActionState(recordObligationEventAction, initialFormState);
  const form = formValues(state, initial);
  const summaryRef = useFocusOnError(state);
  const field = (name: keyof typeof LABELS) => ({
    id: `${formId}-${name}`,
    name,
    label: LABELS[name],
    errors: form.errors(name),
    defaultValue: form.value(name),
  });
  const refs = Object.fromEntries(
    Object.entries(LABELS).map(([name, label]) => [name, { id: `${formId}-${name}`, label }]),
  );
  return (
    <form id={formId} action={formAction} noValidate className="admin-form">
      <ErrorSummary state={state} fields={refs} ref={summaryRef} />
      <SelectField
        {...field("treaty")}
        options={choices.treaties.map((t) => ({ value: t.slug, label: t.shortName }))}
        placeholder="Choose a treaty"
        required
      />
      <TextField
        {...field("state")}
        hint="Type a name or an ISO code and pick the state from the list, e.g. Germany (DEU). It must be a State Party."
        list={`${formId}-states`}
        autoComplete="off"
        required
      />
      <StateDatalist id={`${formId}-states`} states={choices.states} />
      <SelectField {...field("kind")} options={OBLIGATION_KIND_OPTIONS} placeholder="Choose the obligation" required />
      <SelectField {...field("event")} options={EVENT_OPTIONS} placeholder="Choose what happened" required />
      <TextField {...field("event_on")} hint={`When it happened: ${PARTIAL_DATE_HINT}`} required />
      <TextField
        {...field("deadline")}
        type="date"
        hint="For an extension requested or granted: the new deadline (YYYY-MM-DD). For a re-opened obligation: the deadline then set, if any. Otherwise leave empty."
      />
      <TextField
        {...field("meeting")}
        hint="For an extension granted (required) or requested: the meeting, e.g. Ninth Meeting of States Parties (CCM)."
      />
      <TextField
        {...field("information_on")}
        hint={`The date of the report or page the source is (not when you read it): ${PARTIAL_DATE_HINT}`}

        required
      />
      <TextField
        {...field("source")}
        type="url"
        hint="The web address (https://…) of the page that says it."
        required
      />
      <SelectField {...field("confidence")} options={CONFIDENCE_OPTIONS} />
      <TextAreaField
        {...field("note")}
        hint="Required when the confidence is uncertain: say why. Otherwise optional: what a reader should know."
      />
      <button type="submit" disabled={pending}>
        Record the event
      </button>
    </form>
  );
}
