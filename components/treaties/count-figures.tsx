import type { StatusCounts } from "@/lib/domain/status";
import { COUNT_LABELS } from "@/lib/labels";

/** Each figure with the test id suffix browser tests find it by. */
const FIGURES = [
  ["statesParties", "states-parties"],
  ["signatories", "signatories"],
  ["notParty", "not-party"],
  ["withdrawn", "withdrawn"],
] as const;

/**
 * The four numbers everyone quotes, as label/number pairs: boxes on the treaty
 * page ("grid"), a compact column on the home page's cards ("list", number first).
 */
export function CountFigures({
  counts,
  layout,
  testIdPrefix,
}: {
  counts: StatusCounts;
  layout: "grid" | "list";
  testIdPrefix: string;
}) {
  return (
    <dl className={layout === "grid" ? "count-grid" : "count-list"}>
      {FIGURES.map(([key, testId]) => (
        <div key={key}>
          <dt>{COUNT_LABELS[key]}</dt>
          <dd data-testid={`${testIdPrefix}-${testId}`}>{counts[key]}</dd>
        </div>
      ))}
    </dl>
  );
}
