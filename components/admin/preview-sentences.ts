// The preview of an action in words, e.g. "Niue on 6 Aug 2020: Not party →
// State Party. Enters into force for Niue on 1 Feb 2021. States Parties on
// 6 Aug 2020: 108 → 109 counted from deposit; 108 → 108 counted from entry into force."
import type { ActionPreview, StatusSummary } from "@/lib/domain/action-preview";
import type { Counting } from "@/lib/domain/status";
import { formatDate } from "@/lib/format";
import { STATUS_LABELS } from "@/lib/labels";

const COUNTED: Record<Counting, string> = {
  deposit: "counted from deposit",
  "in-force": "counted from entry into force",
};

const statusWords = (summary: StatusSummary) =>
  STATUS_LABELS[summary.status] + (summary.withdrawalPending ? " (withdrawal pending)" : "");

export function previewSentences(preview: ActionPreview, stateName: string, type: string): string[] {
  const on = formatDate(preview.on);
  const sentences = [`${stateName} on ${on}: ${statusWords(preview.before)} → ${statusWords(preview.after)}.`];
  if (preview.entryIntoForceOn) {
    sentences.push(`Enters into force for ${stateName} on ${formatDate(preview.entryIntoForceOn)}.`);
  }
  if (type === "withdrawal") {
    sentences.push(
      preview.withdrawalEffectiveOn
        ? `The withdrawal takes effect for ${stateName} on ${formatDate(preview.withdrawalEffectiveOn)}.`
        : "The withdrawal's effect is deferred until an armed conflict ends: no date yet.",
    );
  }
  const counts = (Object.keys(COUNTED) as Counting[]).map((counting) => {
    const { before, after } = preview.statesParties[counting];
    return `${before} → ${after} ${COUNTED[counting]}`;
  });
  sentences.push(`States Parties on ${on}: ${counts.join("; ")}.`);
  return sentences;
}
