import type { Counting, StatusCounts } from "@/lib/domain/status";
import { COUNTING_LABELS } from "@/lib/labels";
import { CountFigures } from "./count-figures";

/** The four numbers everyone quotes, with the rule behind them stated next to them. */
export function CountsSummary({
  counts,
  counting,
  label,
}: {
  counts: StatusCounts;
  counting: Counting;
  label: string;
}) {
  return (
    <section aria-label={label} className="counts-summary">
      <CountFigures counts={counts} layout="grid" testIdPrefix="count" />
      <p className="rule-note">
        States Parties {COUNTING_LABELS[counting]}. Of {counts.total} states; withdrawn states are included in “not
        party”.
      </p>
    </section>
  );
}
