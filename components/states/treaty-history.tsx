import { TableScroll } from "@/components/table-scroll";
import type { TreatyHistory } from "@/lib/data/state-history";
import { formatDate } from "@/lib/format";
import type { ObligationDeadline } from "@/lib/domain/obligations";
import { ACTION_LABELS, OBLIGATION_LABELS } from "@/lib/labels";
import { FreshnessNote, type ShownDays } from "@/components/treaties/freshness-note";
import { StatusLabel } from "@/components/treaties/status-label";

/** Where an obligation stands; a passed conditional deadline may have been met without a record here. */
function obligationStatusText(o: ObligationDeadline): string {
  if (o.completedOn) return `completed ${formatDate(o.completedOn)}`;
  if (o.status !== "overdue") return "due";
  return o.conditional ? "deadline passed (completion not recorded here)" : "deadline passed";
}

/**
 * One treaty in a state's history: a timeline of events (with sources) and the deadlines that follow.
 * `shows`: the days the page shows (for the freshness note).
 */
export function TreatyHistorySection({ history, shows }: { history: TreatyHistory; shows: ShownDays }) {
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
        Today: <StatusLabel status={history.today.status} />
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
      {history.obligations.length > 0 && (
        <TableScroll label={`${history.shortName}: obligation deadlines`}>
          <table className="obligations">
            <caption>Obligation deadlines, from entry into force</caption>
            <thead>
              <tr>
                <th scope="col">Obligation</th>
                <th scope="col">Deadline</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {history.obligations.map((o) => (
                <tr key={o.kind}>
                  <th scope="row">
                    {OBLIGATION_LABELS[o.kind]}{" "}
                    <span className="muted">
                      ({o.article}
                      {o.conditional ? "; applies if the state had stockpiles or contamination" : ""})
                    </span>
                  </th>
                  <td>
                    <time dateTime={o.deadline} className="date">
                      {formatDate(o.deadline)}
                    </time>
                    {o.extended && <span className="muted"> (extended from {formatDate(o.originalDeadline)})</span>}
                  </td>
                  <td>{obligationStatusText(o)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
