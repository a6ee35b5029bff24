// What a server action answers a form: errors beside the fields they concern,
// a message for the summary, and the values as typed (the form keeps them).
import type { z } from "zod";
import type { WriteResult } from "../admin/write-result";
import { fieldErrorsOf } from "../validations/treaty-action";

export type FormState = {
  status: "idle" | "error" | "saved";
  message: string | null;
  fieldErrors: Record<string, string[] | undefined>;
  values: Record<string, string>;
};

export const initialFormState: FormState = { status: "idle", message: null, fieldErrors: {}, values: {} };

/** The form's text fields as typed; never the password. */
export function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !key.startsWith("$") && key !== "password") values[key] = value;
  }
  return values;
}

export function errorState(
  formData: FormData,
  message: string | null,
  fieldErrors: FormState["fieldErrors"] = {},
): FormState {
  const count = Object.values(fieldErrors).filter(Boolean).length;
  const summary = message ?? (count === 1 ? "One field needs attention." : `${count} fields need attention.`);
  return { status: "error", message: summary, fieldErrors, values: typedValues(formData) };
}

export function refusedState(formData: FormData, result: Extract<WriteResult<unknown>, { ok: false }>): FormState {
  return errorState(formData, result.formError, result.fieldErrors);
}

// Control characters other than tab and line breaks: PostgreSQL refuses a NUL
// in text outright (the fuzz suite found it), and none belongs in a form.
// oxlint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Field errors for every posted field holding a control character, or null: checked before any schema or query. */
export function controlCharacterErrors(formData: FormData): FormState["fieldErrors"] | null {
  const errors: FormState["fieldErrors"] = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !key.startsWith("$") && CONTROL_CHARACTER.test(value))
      errors[key] = ["must not contain control characters"];
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

type FieldParser<T> = (
  fields: Record<string, unknown>,
) => { ok: true; value: T } | { ok: false; fieldErrors: Record<string, string[]> };

/**
 * A form's fields, read the one way every action reads them (after its
 * authorization): control characters refused first, naming each field, then
 * the zod schema (or a parser built on one). Either the data or the state to answer.
 */
export function readForm<T>(
  formData: FormData,
  parse: z.ZodType<T> | FieldParser<T>,
): { ok: true; data: T } | { ok: false; state: FormState } {
  const unprintable = controlCharacterErrors(formData);
  if (unprintable) return { ok: false, state: errorState(formData, null, unprintable) };
  const fields = Object.fromEntries(formData);
  if (typeof parse === "function") {
    const parsed = parse(fields);
    return parsed.ok
      ? { ok: true, data: parsed.value }
      : { ok: false, state: errorState(formData, null, parsed.fieldErrors) };
  }
  const parsed = parse.safeParse(fields);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, state: errorState(formData, null, fieldErrorsOf(parsed.error)) };
}
