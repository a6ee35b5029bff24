// A region, every treaty side by side. Public URL: /regions/{grouping}/{region}?asOf=YYYY-MM-DD.
// Rendered by two routes, each once and then from the cache: ../page.tsx
// (today) and ../on/[asOf]/page.tsx (a date; proxy.ts rewrites the query there).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RegionalBreakdownChart } from "@/components/charts/regional-breakdown";
import { AsOfForm } from "@/components/treaties/as-of-form";
import { FreshnessNote } from "@/components/treaties/freshness-note";
import { InvalidDate } from "@/components/treaties/invalid-date";
import { findRegion, getRegionView } from "@/lib/data/region-view";
import { getEarliestOpening } from "@/lib/data/treaty-snapshots";
import { parseViewSegments } from "@/lib/validations/view-segments";
import { formatDate } from "@/lib/format";
import { ACTION_LABELS } from "@/lib/labels";
import { StatusLabel } from "@/components/treaties/status-label";

/** The path segments of a region view: asOf is a date or "today". */
export type RegionSegments = { grouping: string; region: string; asOf: string };

export async function regionMetadata({ grouping, region }: Omit<RegionSegments, "asOf">): Promise<Metadata> {
  const found = await findRegion(grouping, region);
  if (!found) return { title: "Region not found" };
  return {
    title: `${found.region.name}: who has joined`,
    description: `The ${found.region.members.length} states of ${found.region.name} (${found.grouping.name}) in every treaty tracked here, on any date.`,
  };
}

export async function RegionPage({ segments }: { segments: RegionSegments }) {
  const found = await findRegion(segments.grouping, segments.region);
  if (!found) notFound();
  const base = `/regions/${found.grouping.slug}/${found.region.slug}`;
  const earliest = await getEarliestOpening();
  const earliestDate = earliest.openedForSignatureOn;
  const parsed = parseViewSegments({ asOf: segments.asOf }, earliest);
  if (!parsed.ok)
    return (
      <InvalidDate
        heading={found.region.name}
        error={parsed.error}
        action={base}
        min={earliestDate}
        showCounting={false}
      />
    );
  const { asOf } = parsed.query;
  const view = await getRegionView(found, asOf);
  // Today's page is served for a minute, into the next day too: it shows every day from now on.
  const shows = segments.asOf === "today" ? { from: asOf, until: null } : asOf;

  return (
    <>
      <h1>{view.region.name}</h1>
      <p className="lede">
        {view.region.members.length} states ({view.grouping.name}). Status on {formatDate(asOf)}, counting each State
        Party from the deposit of its instrument.
      </p>
      <AsOfForm action={base} asOf={asOf} min={earliestDate} showCounting={false} />
      <p className="no-print">
        Download this region, every treaty:{" "}
        <a href={`${base}/download?format=csv&asOf=${asOf}`} download>
          CSV
        </a>{" "}
        ·{" "}
        <a href={`${base}/download?format=json&asOf=${asOf}`} download>
          JSON
        </a>
      </p>
      <div className="side-by-side">
        {view.treaties.map((treaty) => (
          <section key={treaty.slug} aria-labelledby={`treaty-${treaty.slug}`}>
            <h2 id={`treaty-${treaty.slug}`}>{treaty.shortName}</h2>
            <p>
              {treaty.joined.length} joined, {treaty.outside.length} outside
            </p>
            <FreshnessNote checkedOn={treaty.depositaryCheckedOn} shows={shows} />
            {/* State links are not prefetched: each visible one would make the server render a
                state page the reader will most likely not open (the treaty page's table, likewise). */}
            <h3>Joined</h3>
            <ol className="member-list" aria-label={`${treaty.shortName}: joined`}>
              {treaty.joined.map((m) => (
                <li key={m.iso3}>
                  <Link href={`/states/${m.iso3}`} prefetch={false}>
                    {m.shortName}
                  </Link>{" "}
                  <span className="muted">
                    {m.consentType && ACTION_LABELS[m.consentType].toLowerCase()}{" "}
                    {m.consentOn && formatDate(m.consentOn)}
                  </span>
                </li>
              ))}
            </ol>
            <h3>Outside</h3>
            <ul className="member-list" aria-label={`${treaty.shortName}: outside`}>
              {treaty.outside.map((m) => (
                <li key={m.iso3}>
                  <Link href={`/states/${m.iso3}`} prefetch={false}>
                    {m.shortName}
                  </Link>{" "}
                  <StatusLabel status={m.status} />
                  {m.signedOn && <span className="muted"> signed {formatDate(m.signedOn)}</span>}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      {/* After the lists, the page's substance: drawn as it comes near the screen, a chart near
          the top made a phone wait for recharts on every region page (bench/README.md). */}
      <RegionalBreakdownChart
        title={`${view.region.name} on ${formatDate(asOf)}`}
        description="States Parties, signatories and states outside, per treaty."
        rowHeading="Treaty"
        totalsLabel={null}
        regions={view.treaties.map((t) => ({
          slug: t.slug,
          name: t.shortName,
          statesParties: t.counts.statesParties,
          signatories: t.counts.signatories,
          notParty: t.counts.notParty,
          href: segments.asOf === "today" ? `/treaties/${t.slug}` : `/treaties/${t.slug}?asOf=${asOf}`,
        }))}
      />
    </>
  );
}
