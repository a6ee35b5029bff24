// Every account, each with the form that changes its role or disables it.
import type { UserRow } from "@/lib/data/admin-users";
import { UserChangeFormClient } from "./user-change-form-client";

export function UsersList({ users }: { users: readonly UserRow[] }) {
  return (
    <ul className="admin-cards">
      {users.map((user) => (
        <li key={user.id} id={`user-${user.id}`}>
          <h3 id={`user-${user.id}-name`}>{user.name}</h3>
          <p>
            {user.email} · {user.role}
            {user.disabled && <strong> · disabled</strong>}
          </p>
          <UserChangeFormClient key={`${user.role}-${user.disabled}`} user={user} />
        </li>
      ))}
    </ul>
  );
}
