// Every admin page depends on who asks (the guard reads the session cookie):
// rendered per request, never cached, never indexed.
import type { Metadata } from "next";
import type { ReactNode } from "react";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { template: "%s · Admin · Treaty Tracker", default: "Admin · Treaty Tracker" },
  robots: { index: false, follow: false },
};

export default function AdminLayout({ children }: { children: ReactNode }) {
  return <div className="admin">{children}</div>;
}
