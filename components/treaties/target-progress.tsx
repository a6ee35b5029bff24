import { useId } from "react";
import type { TargetView } from "@/lib/data/treaty-view";
import { formatDate } from "@/lib/format";

function projectionText({ progress }: TargetView): string {
  const { projection } = progress;
  if (projection.kind === "reached") return `Reached on ${formatDate(projection.on)}.`;
  const pace = `${projection.perYear.toFixed(1)} a year over the last ${projection.paceYears} years`;
  if (projection.kind === "not-at-this-pace") return `At the pace of ${pace}, not at this pace.`;
  const years =
    projection.yearsNeeded < 1
      ? "less than a year"
      : `about ${Math.round(projection.yearsNeeded)} year${Math.round(projection.yearsNeeded) === 1 ? "" : "s"}`;
  return `At the pace of ${pace}, the rest would take ${years}.`;
}

/** A bar toward the target with the gap said in words ("22 short of 130 on 25 Nov 2020"). */
export function TargetProgressBar({ target }: { target: TargetView }) {
  const { progress } = target;
  const before = progress.asOf < target.deadline;
  const gapText = before
    ? `${progress.valueAsOf} States Parties: ${Math.max(0, target.value - progress.valueAsOf)} to go to reach ${target.value} by ${formatDate(target.deadline)}.`
    : progress.gapOnDeadline > 0
      ? `${progress.valueOnDeadline} States Parties on ${formatDate(target.deadline)}: ${progress.gapOnDeadline} short of ${target.value}.`
      : `${progress.valueOnDeadline} States Parties on ${formatDate(target.deadline)}: target of ${target.value} met.`;
  const shown = before ? progress.valueAsOf : progress.valueOnDeadline;
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
        {gapText}
      </p>
      <p className="muted">
        Now {progress.valueAsOf}. {projectionText(target)} <span className="source">Source: {target.source}</span>
      </p>
    </div>
  );
}
