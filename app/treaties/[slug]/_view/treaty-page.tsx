// The treaty page. Public URL: /treaties/{slug}?asOf=YYYY-MM-DD&counting=deposit|in-force.
// Two routes render it, each once and then from the cache:
// - ../page.tsx: the plain link (today, deposit counting), no rewrite;
// - ../on/[asOf]/[counting]/page.tsx: links with a query, rewritten there by proxy.ts;
//   a dated link goes to the first day of its period (lib/domain/periods.ts).
// Everything here is computed for the period; only the few components in
// requested-date.tsx show the exact day from the URL.
import { createHash } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PartiesOverTimeChart } from "@/components/charts/parties-over-time";
import { RegionalBreakdownChart } from "@/components/charts/regional-breakdown";
import { StatusMap } from "@/components/map/status-map";
import { AsOfForm } from "@/components/treaties/as-of-form";
import { InvalidDate } from "@/components/treaties/invalid-date";
import { CountsSummary } from "@/components/treaties/counts-summary";
import { EmbedCode } from "@/components/treaties/embed-code";
import { FreshnessNote } from "@/components/treaties/freshness-note";
import { compactRows } from "@/components/treaties/compact-rows";
import { StatusTableClient } from "@/components/treaties/status-table-client";
import { TargetProgressBar } from "@/components/treaties/target-progress";
import { ObligationsOverview } from "@/components/treaties/obligations-overview";
import { getTreatySnapshot, knownDataStamp } from "@/lib/data/treaty-snapshots";
import { DatedLink, RequestedDateHeading, type ShownDate } from "@/components/treaties/requested-date";
import { getTreatyPageView } from "@/lib/data/treaty-view";
import { parseViewSegments } from "@/lib/validations/view-segments";
import { todayIso } from "@/lib/domain/dates";
import { periodAsKnownOn } from "@/lib/domain/periods";
import { formatDate, formatPeriod } from "@/lib/format";
import { COUNTING_LABELS } from "@/lib/labels";
import { DEFAULT_GROUPING } from "@/lib/domain/regions";

/** The path segments of a treaty view: asOf is a date or "today". */
export type TreatySegments = { slug: string; asOf: string; counting: string };

export async function treatyMetadata(slug: string): Promise<Metadata> {
  const snapshot = await getTreatySnapshot(slug);
  if (!snapshot) return { title: "Treaty not found" };
  return {
    title: `${snapshot.shortName}: who has joined`,
    description: `Every state's status in the ${snapshot.officialName} on any date: States Parties, signatories, states outside, withdrawals, with sources.`,
    alternates: {
      types: {
        "application/atom+xml": [{ url: `/feeds/${snapshot.slug}.atom`, title: `${snapshot.shortName}: actions` }],
      },
    },
  };
}

export async function TreatyPage({ segments }: { segments: TreatySegments }) {
  const snapshot = await getTreatySnapshot(segments.slug);
  if (!snapshot) notFound();
  const base = `/treaties/${snapshot.slug}`;
  const parsed = parseViewSegments(segments, {
    shortName: snapshot.shortName,
    openedForSignatureOn: snapshot.rules.openedForSignatureOn,
  });

  if (!parsed.ok)
    return (
      <InvalidDate
        heading={snapshot.shortName}
        error={parsed.error}
        action={base}
        min={snapshot.rules.openedForSignatureOn}
      />
    );

  const { asOf, counting } = parsed.query;
  const view = await getTreatyPageView(snapshot, asOf, counting);
  const period = periodAsKnownOn(view.period, todayIso());
  // Today's page knows its exact date; a dated link's page serves its whole period.
  const shown: ShownDate = { period, exact: segments.asOf === "today" ? asOf : null };
  // The chart's dates: the exact day when known, else the period's first day (its numbers are the same).
  const chartDate = shown.exact ?? period.from;
  const on = period.from;
  // Browsers keep the map picture for minutes: a change to the data gives it a new address.
  const mapVersion = createHash("sha256")
    .update(knownDataStamp() ?? "")
    .digest("hex")
    .slice(0, 12);
  const regionalGrouping = view.groupings.find((g) => g.slug === DEFAULT_GROUPING) ?? view.groupings[0];
  const target = view.targets[0];

  return (
    <>
      <h1>{snapshot.shortName}</h1>
      <p className="lede">
        {/* The official name only where it says more than the heading (the CCM's is its short name). */}
        {snapshot.officialName !== snapshot.shortName && `${snapshot.officialName}. `}
        Depositary: UN Secretary-General, <a href={snapshot.depositaryUrl}>{snapshot.depositaryReference}</a>.
      </p>
      {/* The cached page serves its whole period (today's: every day from now on), so the period decides. */}
      <FreshnessNote checkedOn={snapshot.depositaryCheckedOn} shows={period} />
      <AsOfForm action={base} asOf={shown} counting={counting} min={snapshot.rules.openedForSignatureOn} />
      <RequestedDateHeading shown={shown} />
      {period.from !== period.until && (
        <p className="muted" data-testid="period-note">
          {period.until
            ? `Every number on this page is the same on each day from ${formatDate(period.from)} to ${formatDate(period.until)}.`
            : `Every number on this page has been the same on each day since ${formatDate(period.from)}.`}
        </p>
      )}
      <CountsSummary
        counts={view.counts}
        counting={counting}
        label={`${snapshot.shortName}: ${formatPeriod(period)}`}
      />
      {view.targets.map((t) => (
        <TargetProgressBar key={t.slug} target={t} />
      ))}
      <p>
        <Link href={`${base}/outside`}>States outside the {snapshot.shortName}, by region</Link>
      </p>

      <div className="charts">
        <PartiesOverTimeChart
          title={`States Parties to the ${snapshot.shortName} over time`}
          countingLabel={`States Parties ${COUNTING_LABELS[counting]}`}
          points={view.snapshot.series[counting]}
          asOf={chartDate}
          shown={shown}
          target={target ?? null}
        />
        {regionalGrouping && (
          <RegionalBreakdownChart
            title={`By ${regionalGrouping.name}`}
            description={`Parties, signatories and states outside: ${formatPeriod(period)}.`}
            shown={shown}
            regions={(view.regionCounts[regionalGrouping.slug] ?? []).map((r) => ({
              slug: r.slug,
              name: r.name,
              statesParties: r.counts.statesParties,
              signatories: r.counts.signatories,
              notParty: r.counts.notParty,
              href: `/regions/${regionalGrouping.slug}/${r.slug}`,
            }))}
          />
        )}
      </div>
      <p className="no-print">
        Download the series, every day a count changed ({COUNTING_LABELS[counting]}):{" "}
        <DatedLink shown={shown} href={`${base}/series/download?counting=${counting}&format=csv`} download>
          CSV<span className="visually-hidden"> of the series</span>
        </DatedLink>{" "}
        ·{" "}
        <DatedLink shown={shown} href={`${base}/series/download?counting=${counting}&format=json`} download>
          JSON<span className="visually-hidden"> of the series</span>
        </DatedLink>
        . The action log, with the source of every action:{" "}
        <a href={`${base}/actions/download?format=csv`} download>
          CSV<span className="visually-hidden"> of the action log</span>
        </a>{" "}
        ·{" "}
        <a href={`${base}/actions/download?format=json`} download>
          JSON<span className="visually-hidden"> of the action log</span>
        </a>
        .
      </p>

      <ObligationsOverview
        treatyName={snapshot.shortName}
        summaries={view.obligations}
        series={snapshot.obligations.series}
        stateByIso={snapshot.stateByIso}
        asOf={chartDate}
        stateLinkDate={shown.exact ? null : on}
        periodLabel={formatPeriod(period)}
        targets={view.obligationTargets}
        downloadBase={`${base}/obligations/download?asOf=${on}`}
      />

      <StatusMap
        title={`${snapshot.shortName}: status of every state, ${formatPeriod(period)}`}
        description={`Coloured by status, States Parties ${COUNTING_LABELS[counting]}. Small states are listed below the map.`}
        imageSrc={`${base}/map/${on}/${counting}?v=${mapVersion}`}
        states={view.rows.map((row) => ({
          iso3: row.iso3,
          isoNumeric: row.isoNumeric,
          name: row.shortName,
          status: row.status,
          href: `/states/${row.iso3}`,
        }))}
      />

      <StatusTableClient
        compact={compactRows(view.rows)}
        groupings={view.groupings.map((g) => ({ slug: g.slug, name: g.name, regions: g.regions }))}
        downloadBase={`${base}/download?counting=${counting}`}
        shown={shown}
      />

      <EmbedCode slug={snapshot.slug} shortName={snapshot.shortName} />
    </>
  );
}
