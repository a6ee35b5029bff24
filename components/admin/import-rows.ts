// How the import preview reads: refused rows first (they stop the import), then
// changed, added and unchanged, each in file order; and the summary sentence.
import type { ImportCounts, ImportOutcome, ImportRowResult } from "@/lib/admin/import-result";

const ORDER: readonly ImportOutcome[] = ["refused", "changed", "added", "unchanged"];

export const OUTCOME_LABELS: Record<ImportOutcome, string> = {
  refused: "Refused",
  changed: "Changed",
  added: "Added",
  unchanged: "Unchanged",
};

export function orderedRows(rows: readonly ImportRowResult[]): ImportRowResult[] {
  return [...rows].sort((a, b) => ORDER.indexOf(a.outcome) - ORDER.indexOf(b.outcome) || a.line - b.line);
}

const count = (value: number) => value.toLocaleString("en-GB");

/** "1 added, 1 changed, 3 unchanged, 1 refused." */
export function countsSentence(counts: ImportCounts): string {
  return `${count(counts.added)} added, ${count(counts.changed)} changed, ${count(counts.unchanged)} unchanged, ${count(counts.refused)} refused.`;
}

/** What the admin can do next. */
export function nextStep(counts: ImportCounts): string {
  if (counts.refused > 0) {
    return `Nothing can be imported while ${counts.refused === 1 ? "a row is" : "rows are"} refused: fix the file and preview it again.`;
  }
  if (counts.added + counts.changed === 0) return "Nothing to import: every row is recorded just as the file has it.";
  return "Nothing is saved yet: check the rows below, then import them.";
}

/** "Import 1 row", "Import 1,204 rows". */
export const importLabel = (rows: number) => `Import ${count(rows)} ${rows === 1 ? "row" : "rows"}`;
