import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getOutsideList } from "@/lib/data/outside-list";
import { formatDate } from "@/lib/format";
import { FreshnessNote } from "@/components/treaties/freshness-note";
import { StatusLabel } from "@/components/treaties/status-label";

export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const list = await getOutsideList((await params).slug);
  if (!list) return { title: "Treaty not found" };
  return {
    title: `Outside the ${list.snapshot.shortName}`,
    description: `The ${list.total} states not party to the ${list.snapshot.shortName}, by region, signatories first.`,
  };
}

export default async function OutsidePage({ params }: Props) {
  const list = await getOutsideList((await params).slug);
  if (!list) notFound();
  const { snapshot } = list;
  return (
    <>
      <h1>Outside the {snapshot.shortName}</h1>
      <p className="lede">
        On {formatDate(list.asOf)}, <strong data-testid="outside-total">{list.total}</strong> of{" "}
        {snapshot.stateIsos.length} states are not party, by {list.groupingName}. Signatories come first; “also party
        to” marks states that already joined another treaty tracked here.
      </p>
      {/* Today's list, served for a minute into the next day too: every day from now on. */}
      <FreshnessNote checkedOn={snapshot.depositaryCheckedOn} shows={{ from: list.asOf, until: null }} />
      <p className="no-print">
        <a href={`/treaties/${snapshot.slug}/download?format=csv&status=outside&asOf=${list.asOf}`} download>
          Download this list (CSV)
        </a>{" "}
        ·{" "}
        <a href={`/treaties/${snapshot.slug}/download?format=json&status=outside&asOf=${list.asOf}`} download>
          JSON
        </a>{" "}
        · Print it with your browser: the page has a print layout.
      </p>
      {list.regions.map((region) => (
        <section key={region.slug} aria-labelledby={`region-${region.slug}`} className="outside-region">
          <h2 id={`region-${region.slug}`}>
            {region.name} <span className="muted">({region.states.length})</span>
          </h2>
          <ul className="outside-list">
            {region.states.map((state) => (
              <li key={state.iso3}>
                <Link href={`/states/${state.iso3}`}>{state.shortName}</Link> <StatusLabel status={state.status} />
                {state.signedOn && <span className="muted"> signed {formatDate(state.signedOn)}</span>}
                {state.partyTo.length > 0 && <span className="badge">also party to {state.partyTo.join(", ")}</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
