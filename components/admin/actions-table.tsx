// The action log for editors, newest recorded first; each row opens the action.
import Link from "next/link";
import type { ActionRow } from "@/lib/data/admin-actions";
import { formatDate } from "@/lib/format";
import { ACTION_LABELS } from "@/lib/labels";
import { utcMinute } from "./audit-describe";

export function ActionsTable({ rows }: { rows: readonly ActionRow[] }) {
  if (rows.length === 0) return <p>No actions match.</p>;
  return (
    <div className="table-scroll">
      <table className="admin-table">
        <caption className="visually-hidden">Treaty actions, newest recorded first</caption>
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">State</th>
            <th scope="col">Treaty</th>
            <th scope="col">Confidence</th>
            <th scope="col">Origin</th>
            <th scope="col">Version</th>
            <th scope="col">Recorded</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <Link href={`/admin/actions/${row.id}`}>
                  {ACTION_LABELS[row.type]}, {formatDate(row.depositedOn)}
                </Link>
              </td>
              <td>
                {row.state.shortName} ({row.state.iso3})
              </td>
              <td>{row.treaty.shortName}</td>
              <td>{row.confidence}</td>
              <td>{row.origin}</td>
              <td>{row.version}</td>
              <td>
                <time dateTime={row.createdAt}>{utcMinute(row.createdAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
