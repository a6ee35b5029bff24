import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/actions/form-state";

/** Moves focus to the error summary after a refused submission, so keyboard users start from the list of fixes. */
export function useFocusOnError(state: FormState) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") ref.current?.focus();
  }, [state]);
  return ref;
}
