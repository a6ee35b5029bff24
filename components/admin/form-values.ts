// What a form shows: before any submission its initial values; after one,
// what was typed (an unchecked box sends nothing, so it comes back unchecked).
import type { FormState } from "@/lib/actions/form-state";

export function formValues(state: FormState, initial: Record<string, string> = {}) {
  const value = (name: string) => (state.status === "idle" ? initial[name] : state.values[name]) ?? "";
  return {
    value,
    checked: (name: string) => value(name) === "on" || value(name) === "true",
    errors: (name: string) => state.fieldErrors[name],
  };
}
