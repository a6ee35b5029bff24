// The list of what to fix at the top of a form, each line a link to its field.
// The alert region is always there, so assistive technology announces the
// summary when a submission fills it.
import type { Ref } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { summaryItems, type FieldRef } from "./field-errors";

type Props = {
  state: FormState;
  fields: Record<string, FieldRef>;
  /** Labels of fields the form does not show, for messages about them. */
  otherLabels?: Record<string, string>;
  ref?: Ref<HTMLDivElement>;
};

export function ErrorSummary({ state, fields, otherLabels, ref }: Props) {
  const items = state.status === "error" ? summaryItems(state.fieldErrors, fields, otherLabels) : [];
  const shown = state.status === "error" && (state.message !== null || items.length > 0);
  return (
    <div role="alert" ref={ref} tabIndex={-1} className={shown ? "error-summary" : undefined}>
      {shown && (
        <>
          <p className="error-summary-title">{state.message ?? "Something needs attention."}</p>
          {items.length > 0 && (
            <ul>
              {items.map((item) => (
                <li key={item.text}>{item.href ? <a href={item.href}>{item.text}</a> : item.text}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
