// The fields of a treaty, shared by the "New treaty" and edit forms: names and
// dates, the depositary, the rules the status engine needs (entry into force
// for later joiners, withdrawal notice) and the obligation deadlines.
import type { IsoDate } from "@/lib/domain/dates";
import { OBLIGATION_LABELS } from "@/lib/labels";
import { SelectField, TextAreaField, TextField } from "./field";
import type { formValues } from "./form-values";
import {
  LATER_JOINER_OPTIONS,
  OBLIGATION_FIELD_LABELS,
  OBLIGATION_KIND_LIST,
  TREATY_FIELD_LABELS as LABELS,
  treatyFieldId,
  UNIT_OPTIONS,
  type TreatyFieldName,
} from "./treaty-form-fields";

type Props = { form: ReturnType<typeof formValues>; creating: boolean; today: IsoDate };

export function TreatyFields({ form, creating, today }: Props) {
  const field = (name: TreatyFieldName | `${string}${keyof typeof OBLIGATION_FIELD_LABELS}`, label?: string) => ({
    id: treatyFieldId(name),
    name,
    label: label ?? LABELS[name as TreatyFieldName],
    errors: form.errors(name),
    defaultValue: form.value(name),
  });
  const number = { inputMode: "numeric" as const, autoComplete: "off" };
  return (
    <>
      <fieldset>
        <legend>Names</legend>
        <TextField {...field("officialName")} hint="The title in the treaty's text." required />
        <TextField {...field("shortName")} hint="Shown in headings and lists, e.g. Mine Ban Treaty." required />
        {creating ? (
          <TextField
            {...field("slug")}
            hint="Its address: /treaties/{slug}. Lower-case letters, digits and hyphens, e.g. tpnw. It cannot change later."
            autoComplete="off"
            required
          />
        ) : (
          <input type="hidden" name="slug" value={form.value("slug")} />
        )}
        <TextField
          {...field("aliases")}
          hint="Other slugs that lead to this treaty, separated by commas, e.g. nuclear-ban, ban-treaty."
          autoComplete="off"
        />
      </fieldset>
      <fieldset>
        <legend>Depositary</legend>
        <TextField {...field("depositaryReference")} hint="e.g. MTDSG XXVI-5." required />
        <TextField
          {...field("depositaryUrl")}
          type="url"
          hint="The UN status page (https://treaties.un.org/…)."
          required
        />
        {creating && (
          <TextField
            {...field("depositaryCheckedOn")}
            type="date"
            max={today}
            hint="The “Status as at” date of the depositary page the actions you record will match."
            required
          />
        )}
      </fieldset>
      <fieldset>
        <legend>Dates</legend>
        <TextField {...field("adoptedOn")} type="date" required />
        <TextField {...field("openedForSignatureOn")} type="date" required />
        <TextField {...field("entryIntoForceOn")} type="date" hint="The treaty's own entry into force." required />
        <TextField
          {...field("signatureClosesOn")}
          type="date"
          hint="The last day states could sign (the MBT and CCM: until their entry into force). Empty if it stays open, as the TPNW does; after it, states accede."
        />
        <TextField
          {...field("entryIntoForceThreshold")}
          {...number}
          hint="How many instruments of consent brought it into force (MBT 40, CCM 30)."
          required
        />
      </fieldset>
      <fieldset>
        <legend>Entry into force for a state that joins later, and withdrawal</legend>
        <SelectField
          {...field("laterJoinerRule")}
          options={LATER_JOINER_OPTIONS}
          placeholder="Choose the rule in the treaty's text"
          hint="Never before the treaty's own entry into force."
          required
        />
        <TextField {...field("entryIntoForceDelayMonths")} {...number} hint="N for the first rule, e.g. 6." />
        <TextField {...field("entryIntoForceDelayDays")} {...number} hint="N for the second rule, e.g. 90." />
        <TextField
          {...field("withdrawalNoticeMonths")}
          {...number}
          hint="A withdrawal takes effect this many months after the depositary receives it (MBT, CCM: 6)."
          required
        />
      </fieldset>
      {OBLIGATION_KIND_LIST.map((kind) => (
        <fieldset key={kind}>
          <legend>Obligation: {OBLIGATION_LABELS[kind]}</legend>
          <p className="field-hint">Leave the deadline empty if the treaty sets none.</p>
          <TextField {...field(`${kind}Period`, OBLIGATION_FIELD_LABELS.Period)} {...number} />
          <SelectField {...field(`${kind}Unit`, OBLIGATION_FIELD_LABELS.Unit)} options={UNIT_OPTIONS} />
          <TextField {...field(`${kind}MaxExtension`, OBLIGATION_FIELD_LABELS.MaxExtension)} {...number} />
          <TextField {...field(`${kind}Article`, OBLIGATION_FIELD_LABELS.Article)} hint="e.g. Art. 4." />
        </fieldset>
      ))}
      {!creating && (
        <TextAreaField
          {...field("reason")}
          hint="For the audit log: what was wrong, or which source says so."
          rows={2}
          required
        />
      )}
    </>
  );
}
