// The obligation events for editors, newest event first, each with what the
// source says and a form to delete it for a stated reason.
import { deleteObligationEventAction } from "@/lib/actions/obligation-events";
import type { ObligationEventRow } from "@/lib/data/admin-obligation-events";
import { formatDate, formatPartialDate } from "@/lib/format";
import { OBLIGATION_EVENT_LABELS } from "@/lib/labels";
import { utcMinute } from "./audit-describe";
import { OBLIGATION_EVENT_FIELD_LABELS, obligationKindLabel } from "./obligation-event-labels";
import { ReasonFormClient } from "./reason-form-client";

function Event({ row }: { row: ObligationEventRow }) {
  const what = `${OBLIGATION_EVENT_LABELS[row.type]}, ${formatPartialDate(row.on)}`;
  return (
    <>
      <strong>{what}</strong>
      {row.deadline && <> (deadline {formatDate(row.deadline)})</>}
      {row.meeting && <div>Meeting: {row.meeting}</div>}
      {row.note && <div>Note: {row.note}</div>}
    </>
  );
}

/** The page's host as the link text; the full address is the link. */
function SourceLink({ source }: { source: string }) {
  const url = URL.canParse(source) ? new URL(source) : null;
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) return <>{source}</>;
  return <a href={source}>{url.host}</a>;
}

export function ObligationEventsTable({ rows }: { rows: readonly ObligationEventRow[] }) {
  if (rows.length === 0) return <p>No obligation events match.</p>;
  return (
    <div className="table-scroll">
      <table className="admin-table">
        <caption className="visually-hidden">Obligation events, newest event first</caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">State</th>
            <th scope="col">Treaty and obligation</th>
            <th scope="col">Source</th>
            <th scope="col">Origin</th>
            <th scope="col">Recorded</th>
            <th scope="col">Delete</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} id={`obligation-event-${row.id}`}>
              <td>
                <Event row={row} />
              </td>
              <td>
                {row.state.shortName} ({row.state.iso3})
              </td>
              <td>
                {row.treaty.shortName}: {obligationKindLabel(row.kind).toLowerCase()}
              </td>
              <td>
                <SourceLink source={row.source} />
                <div>
                  {row.confidence}, information of {formatPartialDate(row.informationOn)}
                </div>
              </td>
              <td>{row.origin}</td>
              <td>
                <time dateTime={row.createdAt}>{utcMinute(row.createdAt)}</time>
              </td>
              <td>
                <details>
                  <summary>Delete…</summary>
                  <ReasonFormClient
                    formId={`delete-${row.id}`}
                    action={deleteObligationEventAction}
                    hidden={{ id: row.id }}
                    ariaLabel={`Delete ${row.state.shortName}'s ${OBLIGATION_EVENT_LABELS[row.type].toLowerCase()} of ${formatPartialDate(row.on)}`}
                    reasonLabel="Reason for deleting"
                    reasonHint="Why this event should not be in the data (recorded in error, a duplicate …). The audit log keeps it."
                    submitLabel="Delete the event"
                    otherLabels={OBLIGATION_EVENT_FIELD_LABELS}
                  />
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
