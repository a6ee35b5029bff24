// One stockpile-destruction or clearance obligation on a state's page: where it
// stood on the date viewed, every event with its source, and the date of the
// newest information behind it. Without a source: "not known here".
import { TableScroll } from "@/components/table-scroll";
import type { ObligationEvent } from "@/lib/domain/obligation-events";
import type { ObligationStanding } from "@/lib/domain/obligation-standing";
import { formatDate, formatPartialDate } from "@/lib/format";
import {
  OBLIGATION_CONFIDENCE_LABELS,
  OBLIGATION_EVENT_LABELS,
  OBLIGATION_LABELS,
  OBLIGATION_STATUS_LABELS,
} from "@/lib/labels";

function standingSentence(o: ObligationStanding): string {
  switch (o.status) {
    case "completed":
      return `Completed: declared ${o.completed ? formatPartialDate(o.completed.on) : ""}.`;
    case "overdue":
      return o.deadline
        ? `${OBLIGATION_STATUS_LABELS.overdue}: the deadline was ${formatDate(o.deadline)}.`
        : `${OBLIGATION_STATUS_LABELS.overdue}.`;
    case "unresolved":
      return `${OBLIGATION_STATUS_LABELS.unresolved}: the deadline was ${o.deadline ? formatDate(o.deadline) : "not set"}.`;
    case "in-progress":
      return o.deadline
        ? `${OBLIGATION_STATUS_LABELS["in-progress"]}: due by ${formatDate(o.deadline)}.`
        : `${OBLIGATION_STATUS_LABELS["in-progress"]}: no deadline set since it was re-opened.`;
    case "not-known":
      return "Not known here: no source found says whether this obligation applies to the state.";
  }
}

function eventDetail(event: ObligationEvent): string {
  const parts: string[] = [];
  if (event.deadline)
    parts.push(
      event.type === "extension-requested"
        ? `to ${formatDate(event.deadline)}`
        : `new deadline ${formatDate(event.deadline)}`,
    );
  if (event.meeting) parts.push(`${event.type === "extension-granted" ? "by the" : "at the"} ${event.meeting}`);
  return parts.join(", ");
}

export function ObligationSection({ standing, stateName }: { standing: ObligationStanding; stateName: string }) {
  const label = `${OBLIGATION_LABELS[standing.kind]} (${standing.article})`;
  return (
    <div className="obligation" data-testid={`obligation-${standing.kind}`}>
      <h4>{label}</h4>
      <p>
        <strong className={`obligation-status obligation-${standing.status}`}>{standingSentence(standing)}</strong>
        {standing.pendingRequest?.deadline && (
          <span>
            {" "}
            An extension to {formatDate(standing.pendingRequest.deadline)} was requested{" "}
            {formatPartialDate(standing.pendingRequest.on)}.
          </span>
        )}
      </p>
      {standing.originalDeadline && (
        <p className="muted">
          Original deadline {formatDate(standing.originalDeadline)} (from entry into force)
          {standing.deadline && standing.deadline !== standing.originalDeadline
            ? `; current deadline ${formatDate(standing.deadline)}`
            : ""}
          .
        </p>
      )}
      {standing.events.length > 0 && (
        <TableScroll label={`${stateName}: ${label}, events`}>
          <table className="obligations">
            <caption>
              {stateName}, {label}: what the sources say, oldest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Event</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {standing.events.map((event, index) => (
                <tr key={`${event.type}-${event.on.text}-${index}`}>
                  <td>
                    <time dateTime={event.on.text}>{formatPartialDate(event.on)}</time>
                  </td>
                  <td>
                    <strong>{OBLIGATION_EVENT_LABELS[event.type]}</strong>
                    {eventDetail(event) && <span> {eventDetail(event)}</span>}
                    {event.note && <p className="note">{event.note}</p>}
                  </td>
                  <td>
                    <a href={event.source} rel="external">
                      source
                      <span className="visually-hidden">
                        {" "}
                        for {OBLIGATION_EVENT_LABELS[event.type].toLowerCase()}, {formatPartialDate(event.on)}
                      </span>
                    </a>{" "}
                    <span className="muted">(information of {formatPartialDate(event.informationOn)})</span>
                    {event.confidence !== "confirmed" && (
                      <span className="badge">
                        {event.confidence}
                        <span className="visually-hidden">: {OBLIGATION_CONFIDENCE_LABELS[event.confidence]}</span>
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {standing.informationOn && (
        <p className="muted" data-testid="information-date">
          As of the latest information found, {formatPartialDate(standing.informationOn)}.
        </p>
      )}
    </div>
  );
}
