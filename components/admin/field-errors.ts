// Error wording shared by the fields and the summary. The schemas' messages
// start with what is wrong ("is required: choose a treaty"), so each reads as
// a sentence after the field's label: "Treaty is required: choose a treaty."
import type { FormState } from "@/lib/actions/form-state";

/** A field of a form as the error summary links to it. */
export type FieldRef = { id: string; label: string };

const PREDICATE = /^(is|are|must|already|has|have|cannot|should|does|was)\b/;

export function fieldErrorSentence(label: string, message: string): string {
  const text = PREDICATE.test(message) ? `${label} ${message}` : `${label}: ${message}`;
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

export type SummaryItem = { href: string | null; text: string };

/**
 * One line per message, linked to its field. A message about a field this form
 * does not show (a restored action's type, say) is named by `otherLabels` but not linked.
 */
export function summaryItems(
  fieldErrors: FormState["fieldErrors"],
  fields: Record<string, FieldRef>,
  otherLabels: Record<string, string> = {},
): SummaryItem[] {
  return Object.entries(fieldErrors).flatMap(([name, messages = []]) => {
    const field = fields[name];
    const label = otherLabels[name];
    return messages.map((message) => {
      if (field) return { href: `#${field.id}`, text: fieldErrorSentence(field.label, message) };
      if (label) return { href: null, text: fieldErrorSentence(label, message) };
      return { href: null, text: /[.!?…]$/.test(message) ? message : `${message}.` };
    });
  });
}
