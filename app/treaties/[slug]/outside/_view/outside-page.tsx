// The states outside a treaty, by region, signatories first: the advocates' list.
// Public URL: /treaties/{slug}/outside?asOf=YYYY-MM-DD&grouping=<slug>.
// Rendered by two routes, each once and then from the cache: ../page.tsx (today,
// UN regional groups) and ../on/[asOf]/[grouping]/page.tsx (proxy.ts rewrites the
// query there; one page per date and grouping, as for a region).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FreshnessNote } from "@/components/treaties/freshness-note";
import { InvalidDate } from "@/components/treaties/invalid-date";
import { OutsideForm } from "@/components/treaties/outside-form";
import { StatusLabel } from "@/components/treaties/status-label";
import { getOutsideList } from "@/lib/data/outside-list";
import { getGroupings, getTreatySnapshot } from "@/lib/data/treaty-snapshots";
import { isIsoDate, todayIso } from "@/lib/domain/dates";
import { DEFAULT_GROUPING } from "@/lib/domain/regions";
import { formatDate } from "@/lib/format";
import { parseOutsideSegments } from "@/lib/validations/outside-segments";

/** The path segments of an outside list: asOf is a date or "today". */
export type OutsideSegments = { slug: string; asOf: string; grouping: string };

export async function outsideMetadata({ slug, asOf }: Pick<OutsideSegments, "slug" | "asOf">): Promise<Metadata> {
  const snapshot = await getTreatySnapshot(slug);
  if (!snapshot) return { title: "Treaty not found" };
  // A refused date's page ("invalid") is titled as today's.
  const on = isIsoDate(asOf) ? ` on ${formatDate(asOf)}` : "";
  return {
    title: `Outside the ${snapshot.shortName}${on}`,
    description: `The states not party to the ${snapshot.shortName}${on}, by region, signatories first.`,
  };
}

export async function OutsidePage({ segments }: { segments: OutsideSegments }) {
  const snapshot = await getTreatySnapshot(segments.slug);
  if (!snapshot) notFound();
  const groupings = await getGroupings();
  const base = `/treaties/${snapshot.slug}/outside`;
  const min = snapshot.rules.openedForSignatureOn;
  const parsed = parseOutsideSegments(
    segments,
    { shortName: snapshot.shortName, openedForSignatureOn: min },
    groupings,
  );
  if (!parsed.ok)
    return (
      <InvalidDate
        heading={`Outside the ${snapshot.shortName}`}
        error={parsed.error}
        action={base}
        min={min}
        form={
          <OutsideForm action={base} asOf={todayIso()} grouping={DEFAULT_GROUPING} groupings={groupings} min={min} />
        }
      />
    );
  const list = await getOutsideList(snapshot.slug, parsed.query.asOf, parsed.query.grouping);
  if (!list) notFound();
  const download = (format: string) =>
    `${base}/download?format=${format}&asOf=${list.asOf}&grouping=${list.groupingSlug}`;

  return (
    <>
      <h1>Outside the {snapshot.shortName}</h1>
      <p className="lede">
        On {formatDate(list.asOf)}, <strong data-testid="outside-total">{list.total}</strong> of{" "}
        {snapshot.stateIsos.length} states are not party, by {list.groupingName}. Signatories come first; “also party
        to” marks states that already joined another treaty tracked here.
      </p>
      {/* Today's list is served for a minute into the next day too: it shows every day from now on. */}
      <FreshnessNote
        checkedOn={snapshot.depositaryCheckedOn}
        shows={segments.asOf === "today" ? { from: list.asOf, until: null } : list.asOf}
      />
      <OutsideForm action={base} asOf={list.asOf} grouping={list.groupingSlug} groupings={groupings} min={min} />
      <p className="no-print">
        Download this list:{" "}
        <a href={download("csv")} download>
          CSV
        </a>{" "}
        ·{" "}
        <a href={download("json")} download>
          JSON
        </a>
        . Print it with your browser: the page has a print layout.
      </p>
      {list.regions.map((region) => (
        <section key={region.slug} aria-labelledby={`region-${region.slug}`} className="outside-region">
          <h2 id={`region-${region.slug}`}>
            {region.name} <span className="muted">({region.states.length})</span>
          </h2>
          {/* Not prefetched: each visible link would make the server render a state page (region page, likewise). */}
          <ul className="outside-list">
            {region.states.map((state) => (
              <li key={state.iso3}>
                <Link href={`/states/${state.iso3}`} prefetch={false}>
                  {state.shortName}
                </Link>{" "}
                <StatusLabel status={state.status} />
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
