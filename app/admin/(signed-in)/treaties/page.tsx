import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/admin/notice";
import { TreatyChecks } from "@/components/admin/treaty-checks";
import { requirePageActor } from "@/lib/auth/guard";
import type { QueryParams } from "@/lib/validations/admin-filters";
import { treatiesForAdmin } from "@/lib/data/admin-options";
import { todayIso } from "@/lib/domain/dates";
import { formatDate } from "@/lib/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Treaties" };

export default async function TreatiesPage({ searchParams }: { searchParams: Promise<QueryParams> }) {
  await requirePageActor("admin", "/admin/treaties");
  const [treaties, { saved }] = await Promise.all([treatiesForAdmin(), searchParams]);
  const savedTreaty = treaties.find((treaty) => treaty.slug === saved);
  return (
    <>
      <h1>Treaties</h1>
      {savedTreaty && (
        <Notice>
          Saved: {savedTreaty.shortName} is checked against the depositary record as at{" "}
          {formatDate(savedTreaty.depositaryCheckedOn)}.
        </Notice>
      )}
      <p>
        A treaty is data: its dates, the rule for states that join later, the withdrawal notice and its obligations.{" "}
        <Link href="/admin/treaties/new">New treaty</Link>
      </p>
      <p>
        Every public page, download and API answer states the date of the depositary page its treaty&apos;s data was
        last checked against. Move it forward after checking the data against a newer page.
      </p>
      <TreatyChecks treaties={treaties} today={todayIso()} />
    </>
  );
}
