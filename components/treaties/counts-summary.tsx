import type { Counting, StatusCounts } from "@/lib/domain/status";
import { COUNTING_LABELS } from "@/lib/labels";

/** The four numbers everyone quotes, with the rule behind them stated next to them. */
export function CountsSummary({ counts, counting, label }: { counts: StatusCounts; counting: Counting; label: string }) {
  return (
    <section aria-label={label} className="counts-summary">
      <dl className="count-grid">
        <div>
          <dt>States Parties</dt>
          <dd data-testid="count-states-parties">{counts.statesParties}</dd>
        </div>
        <div>
          <dt>Signatories</dt>
          <dd data-testid="count-signatories">{counts.signatories}</dd>
        </div>
        <div>
          <dt>Not party</dt>
          <dd data-testid="count-not-party">{counts.notParty}</dd>
        </div>
        <div>
          <dt>Withdrawn</dt>
          <dd data-testid="count-withdrawn">{counts.withdrawn}</dd>
        </div>
      </dl>
      <p className="rule-note">
        States Parties {COUNTING_LABELS[counting]}. Of {counts.total} states; withdrawn states are included in “not party”.
      </p>
    </section>
  );
}
