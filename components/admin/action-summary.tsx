// One recorded action as it stands, with where it came from (seed or admin) and its version.
import type { ReactNode } from "react";
import type { ActionRow } from "@/lib/data/admin-actions";
import { formatDate } from "@/lib/format";
import { ACTION_LABELS } from "@/lib/labels";
import { utcMinute } from "./audit-describe";

const ORIGINS = { seed: "the seed files", admin: "an editor" } as const;

export function ActionSummary({ row }: { row: ActionRow }) {
  const facts: [string, ReactNode][] = [
    ["Treaty", row.treaty.shortName],
    ["State", `${row.state.shortName} (${row.state.iso3})`],
    ["Action", ACTION_LABELS[row.type]],
    ["Deposited on", formatDate(row.depositedOn)],
    [
      "Effect date given by the source",
      row.effectiveOn ? formatDate(row.effectiveOn) : "none (the treaty's rule applies)",
    ],
    ["Effect deferred", row.effectDeferred ? "yes (until an armed conflict ends)" : "no"],
    ["Source", /^https?:\/\//.test(row.source) ? <a href={row.source}>{row.source}</a> : row.source],
    ["Confidence", row.confidence],
    ["Note", row.note ?? "none"],
    ["Origin", `${row.origin}: put in by ${ORIGINS[row.origin]}`],
    ["Version", row.version],
    ["Recorded", utcMinute(row.createdAt)],
    ["Last changed", utcMinute(row.updatedAt)],
  ];
  return (
    <dl className="admin-facts" data-testid="action-row">
      {facts.map(([term, detail]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{detail}</dd>
        </div>
      ))}
    </dl>
  );
}
