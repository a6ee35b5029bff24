// The treaty page's obligations: for each of stockpile destruction and
// clearance, how many States Parties completed, how many still have the
// obligation, who is past a deadline, and how many no source here speaks of,
// with the date of the newest information behind the figures.
import Link from "next/link";
import { ObligationsOverTimeChart } from "@/components/charts/obligations-over-time";
import type { ObligationSeriesPoint, ObligationSummary } from "@/lib/domain/obligation-summary";
import { remainingOf } from "@/lib/domain/obligation-summary";
import type { SourcedObligation } from "@/lib/domain/obligation-events";
import type { ObligationTargetView, StateRef } from "@/lib/domain/treaty-snapshot";
import { ObligationTargetBar } from "./obligation-target-progress";
import { formatPartialDate } from "@/lib/format";
import { OBLIGATION_LABELS } from "@/lib/labels";

export function informationNote(summary: ObligationSummary): string {
  return summary.informationOn
    ? `As of the latest information found, ${formatPartialDate(summary.informationOn)}.`
    : "No sourced information up to this date.";
}

export function ObligationsOverview({
  treatyName,
  summaries,
  series,
  stateByIso,
  asOf,
  downloadBase,
  periodLabel,
  targets,
  stateLinkDate,
}: {
  /** The date state links carry (a dated page's period), or null for today's page. */
  stateLinkDate: string | null;
  /** Targets on obligations remaining ("mine-free by 2025"), shown with their obligation. */
  targets: ObligationTargetView[];
  /** The days the figures hold for: "since 3 Feb 2026", "1 Aug 2020 – 19 Aug 2020". */
  periodLabel: string;
  treatyName: string;
  summaries: ObligationSummary[];
  series: Partial<Record<SourcedObligation, ObligationSeriesPoint[]>>;
  stateByIso: ReadonlyMap<string, StateRef>;
  asOf: string;
  downloadBase: string;
}) {
  if (summaries.length === 0) return null;
  return (
    <section aria-labelledby="obligations" className="obligations-overview">
      <h2 id="obligations">Obligations: {periodLabel}</h2>
      <p className="muted">
        Counted over the States Parties in force on the date, from events each sourced (state pages list them). A state
        no source here speaks of is &quot;not known here&quot;, never assumed either way.
      </p>
      {summaries.map((summary) => (
        <div key={summary.kind} className="obligation-summary" data-testid={`summary-${summary.kind}`}>
          <h3>
            {OBLIGATION_LABELS[summary.kind]} ({summary.article})
          </h3>
          <ul className="figures">
            <li>
              <strong data-testid="completed">{summary.completed}</strong> completed
            </li>
            <li>
              <strong data-testid="remaining">{remainingOf(summary)}</strong> with the obligation remaining
            </li>
            <li>
              <strong data-testid="overdue">{summary.overdue.length}</strong> past a deadline (sourced)
            </li>
            <li>
              <strong data-testid="not-known">{summary.notKnown}</strong> of {summary.statesParties} not known here
            </li>
          </ul>
          {summary.overdue.length > 0 && (
            <p>
              Past a deadline without completion:{" "}
              {summary.overdue.map((iso3, index) => (
                <span key={iso3}>
                  {index > 0 && ", "}
                  <Link href={stateLinkDate ? `/states/${iso3}?asOf=${stateLinkDate}` : `/states/${iso3}`}>
                    {stateByIso.get(iso3)?.shortName ?? iso3}
                  </Link>
                </span>
              ))}
              .
            </p>
          )}
          {summary.unresolved.length > 0 && (
            <p className="muted">
              Past the deadline with no completion, extension or missed deadline found here (counted as remaining):{" "}
              {summary.unresolved.map((iso3, index) => (
                <span key={iso3}>
                  {index > 0 && ", "}
                  <Link href={stateLinkDate ? `/states/${iso3}?asOf=${stateLinkDate}` : `/states/${iso3}`}>
                    {stateByIso.get(iso3)?.shortName ?? iso3}
                  </Link>
                </span>
              ))}
              .
            </p>
          )}
          <p className="muted" data-testid="information-date">
            {informationNote(summary)}
          </p>
          {targets
            .filter((target) => target.progress.kind === summary.kind)
            .map((target) => (
              <ObligationTargetBar key={target.slug} target={target} informationNote={informationNote(summary)} />
            ))}
          <ObligationsOverTimeChart
            title={`${treatyName}: ${OBLIGATION_LABELS[summary.kind].toLowerCase()}, completions over time`}
            points={series[summary.kind] ?? []}
            asOf={asOf}
          />
        </div>
      ))}
      <p className="no-print">
        Download every State Party&apos;s standing on this date:{" "}
        <a href={`${downloadBase}&format=csv`} download>
          CSV<span className="visually-hidden"> of obligations</span>
        </a>{" "}
        ·{" "}
        <a href={`${downloadBase}&format=json`} download>
          JSON<span className="visually-hidden"> of obligations</span>
        </a>
        .
      </p>
    </section>
  );
}
