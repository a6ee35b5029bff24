import type { Metadata } from "next";
import Link from "next/link";
import { getGroupings } from "@/lib/data/treaty-snapshots";

// Rendered per request (cheap: the groupings are in memory); a static page would need the database at build time.
export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Regions",
  description:
    "Every region grouping: UN regional groups, UN M49 regions and sub-regions, campaign regions such as the Pacific.",
};

export default async function RegionsPage() {
  const groupings = await getGroupings();
  return (
    <>
      <h1>Regions</h1>
      {groupings.map((grouping) => (
        <section key={grouping.slug} aria-labelledby={`grouping-${grouping.slug}`}>
          <h2 id={`grouping-${grouping.slug}`}>{grouping.name}</h2>
          {grouping.description && <p className="muted">{grouping.description}</p>}
          <ul className="region-links">
            {grouping.regions.map((region) => (
              <li key={region.slug}>
                <Link href={`/regions/${grouping.slug}/${region.slug}`}>{region.name}</Link>{" "}
                <span className="muted">({region.members.length})</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
