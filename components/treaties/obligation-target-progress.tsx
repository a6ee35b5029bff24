import { useId } from "react";
import type { ObligationTargetView } from "@/lib/domain/treaty-snapshot";
import { formatDate } from "@/lib/format";
import { obligationTargetSentence } from "@/lib/views/obligation-target-wording";

/**
 * A target on obligations remaining: the bar shows the share of the States
 * Parties the obligation ever bound that have completed; the sentence the goal.
 */
export function ObligationTargetBar({
  target,
  informationNote,
}: {
  target: ObligationTargetView;
  informationNote: string;
}) {
  const { progress } = target;
  const everBound = progress.completed + progress.remaining;
  const id = useId();
  return (
    <div className="target">
      <p className="target-label" id={`${id}-label`}>
        {target.label}
      </p>
      {everBound > 0 && (
        <progress
          max={everBound}
          value={progress.completed}
          aria-labelledby={`${id}-label`}
          aria-describedby={`${id}-gap`}
        >
          {progress.completed} of {everBound} completed
        </progress>
      )}
      <p data-testid={`target-${target.slug}`} id={`${id}-gap`}>
        {obligationTargetSentence(target)}
      </p>
      <p className="muted">
        {progress.completed} completed of {everBound} the obligation bound.
        {progress.metOn && ` Goal met on ${formatDate(progress.metOn)}.`} Counted from the sourced events: a State Party
        with no completion found here counts as remaining. {informationNote}{" "}
        <span className="source">Source: {target.source}</span>
      </p>
    </div>
  );
}
