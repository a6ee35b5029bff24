// A state's history in every treaty, with its obligations as they stood on a
// date. Public URL: /states/{iso3}?asOf=YYYY-MM-DD. Rendered by two routes,
// each once and then from the cache: ../page.tsx (today) and
// ../on/[asOf]/page.tsx (a date; proxy.ts rewrites the query there).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TreatyHistorySection } from "@/components/states/treaty-history";
import { AsOfForm } from "@/components/treaties/as-of-form";
import { InvalidDate } from "@/components/treaties/invalid-date";
import { getStateHistory } from "@/lib/data/state-history";
import { getEarliestOpening } from "@/lib/data/treaty-snapshots";
import { formatDate } from "@/lib/format";
import { parseViewSegments } from "@/lib/validations/view-segments";
import { treatyNames } from "@/lib/views/treaty-wording";

/** The path segments of a state view: asOf is a date or "today". */
export type StateSegments = { iso3: string; asOf: string };

export async function stateMetadata({ iso3 }: Omit<StateSegments, "asOf">): Promise<Metadata> {
  const history = await getStateHistory(iso3);
  if (!history) return { title: "State not found" };
  return {
    title: `${history.shortName}: treaty history`,
    description: `${history.depositaryName} in ${treatyNames(history.treaties.map((t) => t.shortName))}: every signature, instrument and withdrawal, and its stockpile-destruction and clearance obligations, with sources.`,
  };
}

export async function StatePage({ segments }: { segments: StateSegments }) {
  const known = await getStateHistory(segments.iso3);
  if (!known) notFound();
  const base = `/states/${known.iso3}`;
  const earliest = await getEarliestOpening();
  const parsed = parseViewSegments({ asOf: segments.asOf }, earliest);
  if (!parsed.ok)
    return (
      <InvalidDate
        heading={known.shortName}
        error={parsed.error}
        action={base}
        min={earliest.openedForSignatureOn}
        showCounting={false}
      />
    );
  const today = segments.asOf === "today";
  const history = today ? known : await getStateHistory(known.iso3, parsed.query.asOf);
  if (!history) notFound();
  // Today's page is served for a minute, into the next day too: it shows every day from now on.
  const shows = today ? { from: history.asOf, until: null } : history.asOf;
  const dated = today ? "" : `&asOf=${history.asOf}`;
  return (
    <>
      <h1>{history.shortName}</h1>
      <p className="lede">
        {/* The depositary's name where it differs from the common one ("Türkiye" vs "Republic of Türkiye"...). */}
        {history.depositaryName !== history.shortName && `${history.depositaryName} · `}ISO {history.iso3} /{" "}
        {history.iso2}
        {history.unMember ? " · UN member" : " · not a UN member"}
      </p>
      <AsOfForm action={base} asOf={history.asOf} min={earliest.openedForSignatureOn} showCounting={false} />
      <p className="no-print">
        Download this history, every treaty{today ? "" : `, as it stood on ${formatDate(history.asOf)}`}:{" "}
        <a href={`${base}/download?format=csv${dated}`} download>
          CSV
        </a>{" "}
        ·{" "}
        <a href={`${base}/download?format=json${dated}`} download>
          JSON
        </a>
      </p>
      {history.treaties.map((treaty) => (
        <TreatyHistorySection
          key={treaty.slug}
          history={treaty}
          shows={shows}
          stateName={history.shortName}
          dateLabel={today ? "Today" : `On ${formatDate(history.asOf)}`}
        />
      ))}
    </>
  );
}
