import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/admin/notice";
import { requirePageActor } from "@/lib/auth/guard";
import type { QueryParams } from "@/lib/validations/admin-filters";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: { absolute: "Admin · Treaty Tracker" } };

const SECTIONS = [
  {
    href: "/admin/actions/new",
    label: "Record an action",
    what: "A signature, instrument, withdrawal or other notice the day it is deposited, with a preview of what it changes.",
  },
  {
    href: "/admin/actions",
    label: "Actions",
    what: "Every action in the log, by treaty and state: open one to correct or delete it.",
  },
  {
    href: "/admin/obligations",
    label: "Obligations",
    what: "Stockpile destruction and clearance: record an extension granted, a completion declared, a missed deadline, each with its source.",
  },
  {
    href: "/admin/audit",
    label: "Audit log",
    what: "Every change, who made it, when and why; a deleted action is restored from here.",
  },
  {
    href: "/admin/import",
    label: "Import",
    what: "Many actions at once from a CSV file in the seed files' format, previewed row by row before anything is written.",
    adminOnly: true,
  },
  { href: "/admin/users", label: "Users", what: "Accounts and their roles.", adminOnly: true },
  {
    href: "/admin/treaties",
    label: "Treaties",
    what: "Add or edit a treaty and its targets, check its data against the UN depositary's status page, and the date it was last checked.",
    adminOnly: true,
  },
  {
    href: "/admin/groupings",
    label: "Groupings",
    what: "Region groupings and their members (UN regions, a campaign's priority list ...).",
    adminOnly: true,
  },
];

export default async function AdminHomePage({ searchParams }: { searchParams: Promise<QueryParams> }) {
  const actor = await requirePageActor("editor", "/admin");
  const { denied } = await searchParams;
  return (
    <>
      <h1>Admin</h1>
      {denied === "1" && <Notice tone="refused">Only an admin can open that page.</Notice>}
      <p className="lede">
        Record what the depositary publishes, correct mistakes, and never lose the history: public pages show a change
        at once, and the audit log keeps every change with who made it and why.
      </p>
      <ul className="admin-sections">
        {SECTIONS.filter((section) => !section.adminOnly || actor.role === "admin").map((section) => (
          <li key={section.href}>
            <Link href={section.href}>{section.label}</Link>: {section.what}
          </li>
        ))}
      </ul>
    </>
  );
}
