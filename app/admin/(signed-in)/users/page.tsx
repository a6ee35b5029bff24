import type { Metadata } from "next";
import { NewUserFormClient } from "@/components/admin/new-user-form-client";
import { Notice } from "@/components/admin/notice";
import { UsersList } from "@/components/admin/users-list";
import { requirePageActor } from "@/lib/auth/guard";
import { parseRowId, type QueryParams } from "@/lib/validations/admin-filters";
import { listUsers } from "@/lib/data/admin-users";
import { MIN_PASSWORD_LENGTH } from "@/lib/validations/admin-user";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<QueryParams> }) {
  await requirePageActor("admin", "/admin/users");
  const [users, { saved }] = await Promise.all([listUsers(), searchParams]);
  const savedId = typeof saved === "string" ? parseRowId(saved) : null;
  const savedUser = users.find((user) => user.id === savedId);
  return (
    <>
      <h1>Users</h1>
      {savedUser && (
        <Notice>
          Saved the account of {savedUser.name} ({savedUser.email}).
        </Notice>
      )}
      <p>
        Editors record and correct actions; admins also manage accounts and treaties. Changing a role or disabling an
        account ends its sessions at once.
      </p>
      <h2>Accounts</h2>
      <UsersList users={users} />
      <NewUserFormClient key={savedId ?? "new"} minPasswordLength={MIN_PASSWORD_LENGTH} />
    </>
  );
}
