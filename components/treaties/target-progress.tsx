import { useId } from "react";
import type { TargetView } from "@/lib/domain/treaty-snapshot";
import { targetGapSentence, targetProjectionSentence } from "@/lib/views/target-wording";

/** A bar toward the target with the gap said in words ("22 short of 130 on 25 Nov 2020"). */
export function TargetProgressBar({ target }: { target: TargetView }) {
  const { progress } = target;
  const shown = progress.standing.value;
  const id = useId();
  const labelId = `${id}-label`;
  const gapId = `${id}-gap`;
  return (
    <div className="target">
      <p className="target-label" id={labelId}>
        {target.label}
      </p>
      {/* Named by the label and described by the gap sentence below, so screen readers hear each once. */}
      <progress
        max={target.value}
        value={Math.min(shown, target.value)}
        aria-labelledby={labelId}
        aria-describedby={gapId}
      >
        {shown} of {target.value}
      </progress>
      <p data-testid={`target-${target.slug}`} id={gapId}>
        {targetGapSentence(target)}
      </p>
      <p className="muted">
        Now {progress.valueAsOf}. {targetProjectionSentence(progress)}{" "}
        <span className="source">Source: {target.source}</span>
      </p>
    </div>
  );
}
