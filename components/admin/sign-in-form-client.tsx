"use client";
// Email and password; a refusal keeps the email typed (never the password).
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { signInAction } from "@/lib/actions/sign-in";
import { ErrorSummary } from "./error-summary";
import { TextField } from "./field";
import { formValues } from "./form-values";
import { useFocusOnError } from "./use-focus-on-error";

const FIELDS = {
  email: { id: "sign-in-email", label: "Email" },
  password: { id: "sign-in-password", label: "Password" },
};

export function SignInFormClient({ next }: { next: string }) {
  const [state, formAction, pending] = useActionState(signInAction, initialFormState);
  const form = formValues(state);
  const summaryRef = useFocusOnError(state);
  return (
    <form action={formAction} noValidate className="admin-form sign-in-form">
      <ErrorSummary state={state} fields={FIELDS} ref={summaryRef} />
      <input type="hidden" name="next" value={next} />
      <TextField
        {...FIELDS.email}
        name="email"
        type="email"
        autoComplete="username"
        errors={form.errors("email")}
        defaultValue={form.value("email")}
        required
      />
      <TextField
        {...FIELDS.password}
        name="password"
        type="password"
        autoComplete="current-password"
        errors={form.errors("password")}
        required
      />
      <button type="submit" disabled={pending}>
        Sign in
      </button>
    </form>
  );
}
