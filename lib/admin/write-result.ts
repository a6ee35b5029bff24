// What every write returns: done, or refused with messages a person can act
// on, each under the form field it concerns (formError for the rest).
export type FieldErrors = Partial<Record<string, string[]>>;

export type WriteResult<T> = { ok: true; value: T } | { ok: false; fieldErrors: FieldErrors; formError: string | null };

export const done = <T>(value: T): WriteResult<T> => ({ ok: true, value });

export function refused<T>(formError: string | null, fieldErrors: FieldErrors = {}): WriteResult<T> {
  return { ok: false, fieldErrors, formError };
}

/** Groups problems by field: { depositedOn: ["...", "..."] }. */
export function byField(problems: readonly { field: string; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const { field, message } of problems) (errors[field] ??= []).push(message);
  return errors;
}
