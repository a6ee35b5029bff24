// The signed-in chrome. Each page guards itself (requirePageActor, which sends a
// signed-out visitor to sign in and back to that page); this only draws the header.
import type { ReactNode } from "react";
import { AdminHeader } from "@/components/admin/admin-header";
import { authorize } from "@/lib/auth/guard";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const access = await authorize("editor");
  return (
    <>
      {access.ok && <AdminHeader actor={access.actor} />}
      {children}
    </>
  );
}
