// A small table of what an audit entry changed.
import type { AuditJson } from "@/lib/data/admin-audit";
import { auditDiff } from "./audit-diff-rows";

const HEADINGS = { before: "Before", after: "After" } as const;

export function AuditDiff({ before, after }: { before: AuditJson | null; after: AuditJson | null }) {
  const { columns, rows } = auditDiff(before, after);
  if (rows.length === 0) return <p className="muted">No field changed.</p>;
  return (
    <div className="table-scroll">
      <table className="admin-table audit-diff">
        <caption className="visually-hidden">Fields changed</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {HEADINGS[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field}>
              <th scope="row">{row.field}</th>
              {columns.map((column) => (
                <td key={column}>{row[column]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
