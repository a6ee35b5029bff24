"use client";
// "Add an account": email, name, role and a password (long rather than clever)
// the admin hands over; there is no self-service password change yet.
import { useActionState } from "react";
import { createUserAction } from "@/lib/actions/accounts";
import { initialFormState } from "@/lib/actions/form-state";
import { ErrorSummary } from "./error-summary";
import { SelectField, TextField } from "./field";
import { formValues } from "./form-values";
import { ROLE_OPTIONS } from "./roles";
import { useFocusOnError } from "./use-focus-on-error";

const FIELDS = {
  email: { id: "new-user-email", label: "Email" },
  name: { id: "new-user-name", label: "Name" },
  role: { id: "new-user-role", label: "Role" },
  password: { id: "new-user-password", label: "Password" },
};

export function NewUserFormClient({ minPasswordLength }: { minPasswordLength: number }) {
  const [state, formAction, pending] = useActionState(createUserAction, initialFormState);
  const form = formValues(state, { role: "editor" });
  const summaryRef = useFocusOnError(state);
  return (
    <form action={formAction} noValidate className="admin-form" aria-labelledby="new-user-heading">
      <h2 id="new-user-heading">Add an account</h2>
      <ErrorSummary state={state} fields={FIELDS} ref={summaryRef} />
      <TextField
        {...FIELDS.email}
        name="email"
        type="email"
        autoComplete="off"
        errors={form.errors("email")}
        defaultValue={form.value("email")}
        required
      />
      <TextField
        {...FIELDS.name}
        name="name"
        hint="Shown in the audit log beside every change this person makes."
        autoComplete="off"
        errors={form.errors("name")}
        defaultValue={form.value("name")}
        required
      />
      <SelectField
        {...FIELDS.role}
        name="role"
        options={ROLE_OPTIONS}
        errors={form.errors("role")}
        defaultValue={form.value("role")}
      />
      <TextField
        {...FIELDS.password}
        name="password"
        type="password"
        hint={`At least ${minPasswordLength} characters: a few words are easier to type than symbols.`}
        autoComplete="new-password"
        minLength={minPasswordLength}
        errors={form.errors("password")}
        required
      />
      <button type="submit" disabled={pending}>
        Add the account
      </button>
    </form>
  );
}
