// The rows of an import preview: what each would do, and why a refused row is
// refused. Every cell is text from the file, shown as text (React escapes it).
import type { ImportRowResult } from "@/lib/admin/import-result";
import { OUTCOME_LABELS } from "./import-rows";

/** A table of 5,000 rows is slow to read and to render; refused and changed rows come first. */
const SHOWN = 1_000;

const shownValue = (value: string) => (value === "" ? "(empty)" : value);

function Details({ row }: { row: ImportRowResult }) {
  const lines = [
    ...row.reasons,
    ...row.changes.map(({ field, before, after }) => `${field}: ${shownValue(before)} → ${shownValue(after)}`),
    ...row.notes,
  ];
  if (lines.length === 0) return null;
  if (lines.length === 1) return <>{lines[0]}</>;
  return (
    <ul className="import-details">
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ul>
  );
}

export function ImportPreviewTable({ fileName, rows }: { fileName: string; rows: readonly ImportRowResult[] }) {
  const shown = rows.slice(0, SHOWN);
  return (
    <>
      {rows.length > SHOWN && (
        <p>
          The first {SHOWN.toLocaleString("en-GB")} of {rows.length.toLocaleString("en-GB")} rows are shown, refused and
          changed rows first.
        </p>
      )}
      <div className="table-scroll">
        <table className="admin-table import-table">
          <caption>Rows of {fileName}, refused rows first</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">State</th>
              <th scope="col">Action</th>
              <th scope="col">Deposited</th>
              <th scope="col">Outcome</th>
              <th scope="col">Why, or what changes</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.line} className={`import-${row.outcome}`}>
                <td>{row.line}</td>
                <td>{row.state}</td>
                <td>{row.action}</td>
                <td className="date">{row.depositedOn}</td>
                <td>{OUTCOME_LABELS[row.outcome]}</td>
                <td>
                  <Details row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
