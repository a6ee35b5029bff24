import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DepositaryCheckClient } from "@/components/admin/depositary-check-client";
import { depositaryTreaty } from "@/lib/admin/depositary-records";
import { requirePageActor } from "@/lib/auth/guard";
import { MAX_PAGE_BYTES } from "@/lib/validations/depositary-check";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Depositary check" };

export default async function DepositaryCheckPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requirePageActor("admin", `/admin/treaties/${slug}/depositary`);
  const treaty = await depositaryTreaty(slug);
  if (!treaty) notFound();
  return (
    <>
      <p>
        <Link href="/admin/treaties">Treaties</Link>
      </p>
      <h1>Check the {treaty.shortName} against the depositary record</h1>
      <p>
        Compares the database with the treaty&apos;s status page at the UN ({treaty.depositaryReference},{" "}
        <a href={treaty.depositaryUrl}>“View details”</a>), state by state: actions missing here, dates or instruments
        that differ, withdrawals, and actions the page does not have. Nothing is written until you apply.
      </p>
      <DepositaryCheckClient treaty={treaty} maxBytes={MAX_PAGE_BYTES} />
    </>
  );
}
