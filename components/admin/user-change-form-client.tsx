"use client";
// One account's role and whether it may sign in. Changing either ends the
// account's sessions at once (lib/admin/users.ts).
import { useActionState } from "react";
import { changeUserAction } from "@/lib/actions/accounts";
import { initialFormState } from "@/lib/actions/form-state";
import type { UserRow } from "@/lib/data/admin-users";
import { ErrorSummary } from "./error-summary";
import { CheckboxField, SelectField } from "./field";
import { formValues } from "./form-values";
import { ROLE_OPTIONS } from "./roles";
import { useFocusOnError } from "./use-focus-on-error";

export function UserChangeFormClient({ user }: { user: UserRow }) {
  const [state, formAction, pending] = useActionState(changeUserAction, initialFormState);
  const form = formValues(state, { role: user.role, disabled: user.disabled ? "on" : "" });
  const summaryRef = useFocusOnError(state);
  const fields = {
    role: { id: `user-${user.id}-role`, label: `Role of ${user.name}` },
    disabled: { id: `user-${user.id}-disabled`, label: `Disabled (${user.name} cannot sign in)` },
  };
  return (
    <form action={formAction} noValidate className="admin-form user-change-form">
      <ErrorSummary state={state} fields={fields} ref={summaryRef} />
      <input type="hidden" name="id" value={user.id} />
      <SelectField
        {...fields.role}
        name="role"
        options={ROLE_OPTIONS}
        errors={form.errors("role")}
        defaultValue={form.value("role")}
      />
      <CheckboxField
        {...fields.disabled}
        name="disabled"
        errors={form.errors("disabled")}
        defaultChecked={form.checked("disabled")}
      />
      <button type="submit" disabled={pending}>
        Save {user.name}&apos;s account
      </button>
    </form>
  );
}
