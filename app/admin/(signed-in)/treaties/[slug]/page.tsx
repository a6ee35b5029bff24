import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Notice } from "@/components/admin/notice";
import { TreatyFormClient } from "@/components/admin/treaty-form-client";
import { TreatyTargets } from "@/components/admin/treaty-targets";
import { requirePageActor } from "@/lib/auth/guard";
import { treatyForEdit } from "@/lib/data/admin-treaties";
import { todayIso } from "@/lib/domain/dates";
import { formatDate } from "@/lib/format";
import type { QueryParams } from "@/lib/validations/admin-filters";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Treaty" };

const SAVED: Record<string, string> = {
  created: "Added the treaty. Record its actions next: its public pages show them at once.",
  updated: "Saved the changes: every public page follows at once.",
  "target-created": "Added the target.",
  "target-updated": "Saved the target.",
  "target-retired": "Retired the target: it is kept here and in the audit log, and no public page shows it.",
};

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<QueryParams> };

export default async function TreatyAdminPage({ params, searchParams }: Props) {
  const { slug } = await params;
  await requirePageActor("admin", `/admin/treaties/${slug}`);
  const [treaty, { saved }] = await Promise.all([treatyForEdit(slug), searchParams]);
  if (!treaty) notFound();
  // An alias in the address: the treaty's own page.
  if (treaty.slug !== slug) redirect(`/admin/treaties/${treaty.slug}`);
  const savedMessage = typeof saved === "string" ? SAVED[saved] : undefined;
  return (
    <>
      <h1>{treaty.shortName}</h1>
      {savedMessage && <Notice>{savedMessage}</Notice>}
      <ul>
        <li>
          <Link href={`/treaties/${treaty.slug}`}>Its public page</Link>
        </li>
        <li>
          <Link href="/admin/actions/new">Record an action</Link>
        </li>
        <li>
          <Link href={`/admin/treaties/${treaty.slug}/depositary`}>Check against the depositary record</Link> (checked
          as at {formatDate(treaty.depositaryCheckedOn)})
        </li>
      </ul>
      {treaty.origin === "admin" && (
        <p className="muted">
          Edited here: the seed files no longer change this treaty (its actions still follow them).
        </p>
      )}
      <h2>The treaty</h2>
      <TreatyFormClient
        key={JSON.stringify(treaty.values)}
        initial={treaty.values}
        creating={false}
        today={todayIso()}
        shortName={treaty.shortName}
      />
      <TreatyTargets treaty={treaty} targets={treaty.targets} />
    </>
  );
}
