import type { TreatyHistory } from "@/lib/data/state-history";
import { formatDate } from "@/lib/format";
import { ACTION_LABELS } from "@/lib/labels";
import { ObligationSection } from "./obligation-section";
import { FreshnessNote, type ShownDays } from "@/components/treaties/freshness-note";
import { StatusLabel } from "@/components/treaties/status-label";

/**
 * One treaty in a state's history: a timeline of events (with sources) and the deadlines that follow.
 * `shows`: the days the page shows (for the freshness note).
 */
export function TreatyHistorySection({
  history,
  shows,
  stateName,
  dateLabel,
}: {
  history: TreatyHistory;
  shows: ShownDays;
  stateName: string;
  /** "Today" or "On 20 Nov 2020". */
  dateLabel: string;
}) {
  const participation = history.timeline?.participations.at(-1);
  const events = [
    ...history.actions.map((a) => ({ date: a.depositedOn, label: ACTION_LABELS[a.type], action: a })),
    ...(participation
      ? [{ date: participation.entryIntoForceOn, label: "Entry into force for the state", action: null }]
      : []),
    ...(participation?.withdrawalEffectiveOn
      ? [{ date: participation.withdrawalEffectiveOn, label: "Withdrawal takes effect", action: null }]
      : []),
  ].sort((a, b) => a.date.localeCompare(b.date));

  return (
    <section aria-labelledby={`history-${history.slug}`} className="treaty-history">
      <h2 id={`history-${history.slug}`}>{history.shortName}</h2>
      <p>
        {dateLabel}: <StatusLabel status={history.today.status} />
        {history.today.withdrawalPending && <span className="badge">withdrawal pending</span>}
      </p>
      <FreshnessNote checkedOn={history.depositaryCheckedOn} shows={shows} />
      {events.length === 0 ? (
        <p>No signature or instrument recorded: not party.</p>
      ) : (
        <ol className="timeline" aria-label={`${history.shortName} timeline`}>
          {events.map((event, index) => (
            <li key={`${event.date}-${index}`}>
              <time dateTime={event.date} className="date">
                {formatDate(event.date)}
              </time>{" "}
              <strong>{event.label}</strong>
              {event.action?.effectiveOn && <span> (effective {formatDate(event.action.effectiveOn)})</span>}
              {event.action && (
                <>
                  {" "}
                  <a href={event.action.source} rel="external">
                    source
                    <span className="visually-hidden">
                      {" "}
                      for {event.label.toLowerCase()} on {formatDate(event.date)}
                    </span>
                  </a>
                  {event.action.confidence === "unconfirmed" && (
                    <span className="badge">not confirmed by the depositary record</span>
                  )}
                  {event.action.note && <p className="note">{event.action.note}</p>}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {(history.initialReportDue || history.obligations.length > 0) && (
        <section aria-labelledby={`obligations-${history.slug}`} className="obligations-block">
          <h3 id={`obligations-${history.slug}`} className="visually-hidden">
            {history.shortName}: obligations
          </h3>
          {history.initialReportDue && (
            <p>
              Initial transparency report due{" "}
              <time dateTime={history.initialReportDue}>{formatDate(history.initialReportDue)}</time>, counted from
              entry into force.
            </p>
          )}
          {history.obligations.map((standing) => (
            <ObligationSection key={standing.kind} standing={standing} stateName={stateName} />
          ))}
        </section>
      )}
    </section>
  );
}
