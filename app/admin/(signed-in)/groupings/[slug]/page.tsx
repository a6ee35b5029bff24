import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GroupingFormClient } from "@/components/admin/grouping-form-client";
import { Notice } from "@/components/admin/notice";
import { ReasonFormClient } from "@/components/admin/reason-form-client";
import { RegionFormClient } from "@/components/admin/region-form-client";
import { deleteRegionAction } from "@/lib/actions/groupings";
import { requirePageActor } from "@/lib/auth/guard";
import { groupingForEdit } from "@/lib/data/admin-groupings";
import type { QueryParams } from "@/lib/validations/admin-filters";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Grouping" };

const SAVED: Record<string, string> = {
  created: "Added the grouping. Add its regions below.",
  updated: "Saved the grouping.",
  "region-added": "Added the region: its public page is there at once.",
  "region-updated": "Saved the region's members: its public page follows at once.",
  "region-deleted": "Deleted the region (it stays in the audit log).",
};

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<QueryParams> };

export default async function GroupingPage({ params, searchParams }: Props) {
  const { slug } = await params;
  await requirePageActor("admin", `/admin/groupings/${slug}`);
  const [grouping, { saved }] = await Promise.all([groupingForEdit(slug), searchParams]);
  if (!grouping) notFound();
  const savedMessage = typeof saved === "string" ? SAVED[saved] : undefined;
  return (
    <>
      <h1>{grouping.name}</h1>
      {savedMessage && <Notice>{savedMessage}</Notice>}
      <p>
        <Link href="/admin/groupings">All groupings</Link> · <Link href="/regions">The public regions page</Link>
      </p>
      <GroupingFormClient
        key={JSON.stringify(grouping)}
        creating={false}
        initial={{
          slug: grouping.slug,
          name: grouping.name,
          description: grouping.description ?? "",
          source: grouping.source ?? "",
        }}
      />
      <h2>Regions</h2>
      {grouping.regions.length === 0 && <p>No regions yet.</p>}
      <ul className="admin-cards">
        {grouping.regions.map((region) => (
          <li key={region.slug} aria-labelledby={`region-${region.slug}-heading`}>
            <h3 id={`region-${region.slug}-heading`}>
              {region.name} ({region.members.length} states)
            </h3>
            <p>
              <Link href={`/regions/${grouping.slug}/${region.slug}`}>Its public page</Link>
            </p>
            <RegionFormClient key={region.members.join()} grouping={grouping.slug} region={region} />
            <details>
              <summary>Delete {region.name}</summary>
              <ReasonFormClient
                formId={`delete-region-${region.slug}`}
                ariaLabel={`Delete the region ${region.name}`}
                action={deleteRegionAction}
                hidden={{ grouping: grouping.slug, slug: region.slug }}
                reasonLabel="Reason for deleting"
                reasonHint="The region and its members stay in the audit log."
                submitLabel={`Delete ${region.name}`}
              />
            </details>
          </li>
        ))}
      </ul>
      <h2>Add a region</h2>
      <RegionFormClient key={grouping.regions.length} grouping={grouping.slug} />
    </>
  );
}
