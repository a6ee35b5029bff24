// What the site says about a target on obligations remaining ("mine-free by
// 2025"), read from the one ObligationTargetProgress (lib/domain/obligation-target.ts).
import type { ObligationTargetView } from "../domain/treaty-snapshot";
import { formatDate } from "../format";

const WHAT = { clearance: "clearance obligations", stockpile_destruction: "stockpiles to destroy" } as const;

/** "27 States Parties with clearance obligations remaining on 31 Dec 2025: goal of 0 not met (27 too many)." */
export function obligationTargetSentence({ progress }: ObligationTargetView): string {
  const { remaining, goal, toGo, deadline, deadlinePassed, measuredOn } = progress;
  if (progress.completed + remaining === 0)
    return `No State Party's ${WHAT[progress.kind]} sourced here by ${formatDate(measuredOn)}: nothing to measure yet.`;
  const subject = `${remaining} States Parties with ${WHAT[progress.kind]} remaining`;
  if (!deadlinePassed) {
    return toGo > 0
      ? `${subject} on ${formatDate(measuredOn)}: ${toGo} more must complete to reach ${goal} by ${formatDate(deadline)}.`
      : `${subject} on ${formatDate(measuredOn)}: goal of ${goal} met.`;
  }
  return toGo > 0
    ? `${subject} on ${formatDate(deadline)}: goal of ${goal} not met (${toGo} too many).`
    : `${subject} on ${formatDate(deadline)}: goal of ${goal} met.`;
}
