"use client";
// One form for recording an action and correcting one: the fields, the error
// summary, the live preview, and for a correction the row it replaces (hidden
// id and version: a change made meanwhile refuses the save) and a reason.
import { useActionState, useState, useSyncExternalStore } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { correctActionAction, recordActionAction } from "@/lib/actions/treaty-actions";
import type { IsoDate } from "@/lib/domain/dates";
import { ActionFields } from "./action-fields";
import { actionFieldRefs, actionValues, ACTION_FIELD_LABELS } from "./action-form-fields";
import { ActionPreviewClient } from "./action-preview-client";
import { ErrorSummary } from "./error-summary";
import { TextAreaField } from "./field";
import { formValues } from "./form-values";
import { useFocusOnError } from "./use-focus-on-error";

export type Correcting = {
  id: number;
  version: number;
  treaty: { slug: string; shortName: string };
  state: { iso3: string; shortName: string };
};

type Props = {
  formId: string;
  initial: Record<string, string>;
  today: IsoDate;
  /** Record: the treaties and states to choose from. */
  choices?: {
    treaties: readonly { slug: string; shortName: string }[];
    states: readonly { iso3: string; label: string }[];
  };
  /** Correct: the row being replaced. */
  correcting?: Correcting;
};

const noSubscription = () => () => {};
/** False in the server's HTML and until hydration: then every field shows, for browsers without JavaScript. */
const useHydrated = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

function valuesOf(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) if (typeof value === "string") values[name] = value;
  return actionValues(values);
}

const sameValues = (a: Record<string, string>, b: Record<string, string>) => JSON.stringify(a) === JSON.stringify(b);

export function ActionFormClient({ formId, initial, today, choices, correcting }: Props) {
  const [state, formAction, pending] = useActionState(
    correcting ? correctActionAction : recordActionAction,
    initialFormState,
  );
  const form = formValues(state, initial);
  const [type, setType] = useState(form.value("type"));
  const [previewValues, setPreviewValues] = useState(() => actionValues(initial));
  const hydrated = useHydrated();
  const summaryRef = useFocusOnError(state);

  return (
    <div className="action-editor">
      <form
        id={formId}
        action={formAction}
        noValidate
        className="admin-form"
        onChange={(event) => {
          const next = valuesOf(event.currentTarget);
          setPreviewValues((previous) => (sameValues(previous, next) ? previous : next));
        }}
      >
        <ErrorSummary state={state} fields={actionFieldRefs(formId, Boolean(correcting))} ref={summaryRef} />
        {correcting && (
          <>
            <input type="hidden" name="id" value={correcting.id} />
            <input type="hidden" name="version" value={correcting.version} />
            <input type="hidden" name="treaty" value={correcting.treaty.slug} />
            <input type="hidden" name="state" value={correcting.state.iso3} />
            <dl className="admin-facts">
              <dt>Treaty</dt>
              <dd>{correcting.treaty.shortName}</dd>
              <dt>State</dt>
              <dd>
                {correcting.state.shortName} ({correcting.state.iso3})
              </dd>
            </dl>
            <p className="field-hint">To move an action to another treaty or state, delete it and record it anew.</p>
          </>
        )}
        <ActionFields
          formId={formId}
          form={form}
          choices={correcting ? null : (choices ?? { treaties: [], states: [] })}
          type={hydrated ? type : null}
          onTypeChange={setType}
          today={today}
        />
        {correcting && (
          <TextAreaField
            id={`${formId}-reason`}
            name="reason"
            label={ACTION_FIELD_LABELS.reason}
            hint="What was wrong, and which source shows it. Kept in the audit log."
            errors={form.errors("reason")}
            defaultValue={form.value("reason")}
            required
          />
        )}
        <button type="submit" disabled={pending}>
          {correcting ? "Save the correction" : "Record the action"}
        </button>
      </form>
      <ActionPreviewClient values={previewValues} replacing={correcting?.id} />
    </div>
  );
}
