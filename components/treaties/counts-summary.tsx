import type { Counting, StatusCounts } from "@/lib/domain/status";
import { COUNTING_LABELS } from "@/lib/labels";

const FIGURES: { key: keyof StatusCounts; label: string; testId: string }[] = [
  { key: "statesParties", label: "States Parties", testId: "count-states-parties" },
  { key: "signatories", label: "Signatories", testId: "count-signatories" },
  { key: "notParty", label: "Not party", testId: "count-not-party" },
  { key: "withdrawn", label: "Withdrawn", testId: "count-withdrawn" },
];

/** The four numbers everyone quotes, with the rule behind them stated next to them. */
export function CountsSummary({ counts, counting, label }: { counts: StatusCounts; counting: Counting; label: string }) {
  return (
    <section aria-label={label} className="counts-summary">
      <dl className="count-grid">
        {FIGURES.map((figure) => (
          <div key={figure.key}>
            <dt>{figure.label}</dt>
            <dd data-testid={figure.testId}>{counts[figure.key]}</dd>
          </div>
        ))}
      </dl>
      <p className="rule-note">
        States Parties {COUNTING_LABELS[counting]}. Of {counts.total} states; withdrawn states are included in “not party”.
      </p>
    </section>
  );
}
