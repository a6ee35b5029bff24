// The signed-in chrome of the admin: sections (Users and Treaties for admins
// only), who is signed in, and signing out (a plain form: works without JavaScript).
import Link from "next/link";
import { signOutAction } from "@/lib/actions/sign-in";
import type { Actor } from "@/lib/auth/sessions";
import { ADMIN_NAV } from "./admin-nav";
import { AdminNavClient } from "./admin-nav-client";

export function AdminHeader({ actor }: { actor: Actor }) {
  const items = ADMIN_NAV.filter((item) => !item.adminOnly || actor.role === "admin");
  return (
    <div className="admin-bar">
      <Link href="/admin" className="admin-home">
        Admin
      </Link>
      <AdminNavClient items={items} />
      <p className="admin-user" data-testid="signed-in-as">
        Signed in as {actor.name} ({actor.role})
      </p>
      <form action={signOutAction}>
        <button type="submit">Sign out</button>
      </form>
    </div>
  );
}
