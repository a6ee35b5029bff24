// The fields of an action, shared by the record and correction forms. Rendered
// inside the client form (it hides the effect fields a type does not take),
// but every field is in the server's HTML, so the form works without JavaScript.
import type { IsoDate } from "@/lib/domain/dates";
import { ACTION_TYPES } from "@/lib/domain/types";
import { ACTION_LABELS } from "@/lib/labels";
import { ACTION_FIELD_LABELS as LABELS, takesDeferral, takesEffectDate } from "./action-form-fields";
import { CheckboxField, SelectField, TextAreaField, TextField } from "./field";
import type { formValues } from "./form-values";
import { StateDatalist } from "./state-datalist";

type Props = {
  formId: string;
  form: ReturnType<typeof formValues>;
  /** Null in a correction: the treaty and state stay as they are. */
  choices: {
    treaties: readonly { slug: string; shortName: string }[];
    states: readonly { iso3: string; label: string }[];
  } | null;
  /** The type chosen now; null before hydration (then every field shows). */
  type: string | null;
  onTypeChange: (type: string) => void;
  today: IsoDate;
};

const TYPE_OPTIONS = ACTION_TYPES.map((type) => ({ value: type, label: ACTION_LABELS[type] }));
const CONFIDENCE_OPTIONS = [
  { value: "confirmed", label: "Confirmed by the source" },
  { value: "unconfirmed", label: "Unconfirmed (sources differ or are indirect)" },
];

export function ActionFields({ formId, form, choices, type, onTypeChange, today }: Props) {
  const field = (name: keyof typeof LABELS) => ({
    id: `${formId}-${name}`,
    name,
    label: LABELS[name],
    errors: form.errors(name),
  });
  const showEffectDate = type === null || takesEffectDate(type);
  const showDeferral = type === null || takesDeferral(type);
  return (
    <>
      {choices && (
        <>
          <SelectField
            {...field("treaty")}
            options={choices.treaties.map((t) => ({ value: t.slug, label: t.shortName }))}
            placeholder="Choose a treaty"
            defaultValue={form.value("treaty")}
            required
          />
          <TextField
            {...field("state")}
            hint="Type a name or an ISO code and pick the state from the list, e.g. Niue (NIU)."
            list={`${formId}-states`}
            autoComplete="off"
            defaultValue={form.value("state")}
            required
          />
          <StateDatalist id={`${formId}-states`} states={choices.states} />
        </>
      )}
      <SelectField
        {...field("type")}
        options={TYPE_OPTIONS}
        placeholder="Choose the kind of action"
        defaultValue={form.value("type")}
        onChange={(event) => onTypeChange(event.currentTarget.value)}
        required
      />
      <TextField
        {...field("depositedOn")}
        type="date"
        hint="The day the depositary received the instrument or notice (YYYY-MM-DD)."
        max={today}
        defaultValue={form.value("depositedOn")}
        required
      />
      <div hidden={!showEffectDate}>
        <TextField
          {...field("effectiveOn")}
          type="date"
          hint="Only when the source gives the date the action took effect (a succession dated from independence, a withdrawal's effect). Leave empty to apply the treaty's rule."
          defaultValue={form.value("effectiveOn")}
          disabled={!showEffectDate}
        />
      </div>
      <div hidden={!showDeferral}>
        <CheckboxField
          {...field("effectDeferred")}
          hint="For a withdrawal by a state engaged in an armed conflict: it takes effect only when the conflict ends. Leave the effect date empty."
          defaultChecked={form.checked("effectDeferred")}
          disabled={!showDeferral}
        />
      </div>
      <TextField
        {...field("source")}
        hint="A web address (https://…) or a depositary notification reference such as C.N.123.2026.TREATIES-XXVI.5."
        defaultValue={form.value("source")}
        required
      />
      <SelectField {...field("confidence")} options={CONFIDENCE_OPTIONS} defaultValue={form.value("confidence")} />
      <TextAreaField
        {...field("note")}
        hint="Optional: what a reader should know (end notes, differing sources)."
        defaultValue={form.value("note")}
      />
    </>
  );
}
