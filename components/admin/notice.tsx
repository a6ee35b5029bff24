// A one-line message at the top of a page: a save that worked, or a refusal.
import type { ReactNode } from "react";

export function Notice({ tone = "saved", children }: { tone?: "saved" | "refused"; children: ReactNode }) {
  return (
    <p role={tone === "refused" ? "alert" : "status"} className={`notice notice-${tone}`}>
      {children}
    </p>
  );
}
