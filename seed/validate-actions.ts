// Checks across rows of one treaty's action file, on top of the per-row zod
// schema: the log must make sense as a history before it is loaded.
import { CONSENT_TYPES } from "../lib/domain/types";
import type { IsoDate } from "../lib/domain/dates";
import type { Located, SeedIssue } from "./read-files";
import type { ActionRow } from "../lib/validations/action-row";
import type { TreatySeed } from "./schemas";

const CONSENT_NAMES: readonly string[] = CONSENT_TYPES;

export function validateActions(
  treaty: TreatySeed,
  rows: readonly Located<ActionRow>[],
  stateIsos: ReadonlySet<string>,
  today: IsoDate,
): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const report = (row: Located<ActionRow>, field: string, message: string) =>
    issues.push({ file: row.file, line: row.line, field, message });
  const seen = new Map<string, Located<ActionRow>>();
  const byState = new Map<string, Located<ActionRow>[]>();

  for (const row of rows) {
    if (!stateIsos.has(row.state)) report(row, "state", `unknown state code ${row.state}`);
    if (row.deposited_on < treaty.openedForSignatureOn) {
      report(
        row,
        "deposited_on",
        `${row.deposited_on} is before ${treaty.shortName} opened for signature on ${treaty.openedForSignatureOn}`,
      );
    }
    if (row.deposited_on > today) report(row, "deposited_on", `${row.deposited_on} is in the future`);
    if (row.action === "signature" && treaty.signatureClosesOn && row.deposited_on > treaty.signatureClosesOn) {
      report(
        row,
        "deposited_on",
        `a signature after ${treaty.signatureClosesOn}, when the treaty closed for signature, is not possible; states accede instead`,
      );
    }
    if (row.action === "signature" && row.effective_on)
      report(row, "effective_on", "a signature has no effective date");
    if (row.effect_deferred && row.effective_on)
      report(row, "effective_on", "must be empty when effect_deferred is yes");
    const key = `${row.state}/${row.action}/${row.deposited_on}`;
    const earlier = seen.get(key);
    if (earlier) {
      report(row, "state", `duplicate of line ${earlier.line}: ${row.state} ${row.action} on ${row.deposited_on}`);
      continue; // reported once, not again as a second consent
    }
    seen.set(key, row);
    byState.set(row.state, [...(byState.get(row.state) ?? []), row]);
  }

  for (const stateRows of byState.values()) {
    const ordered = [...stateRows].sort((a, b) => a.deposited_on.localeCompare(b.deposited_on));
    let bound: Located<ActionRow> | null = null;
    for (const row of ordered) {
      if (CONSENT_NAMES.includes(row.action)) {
        if (bound)
          report(
            row,
            "action",
            `${row.state} already consented on ${bound.deposited_on} (line ${bound.line}) and has not withdrawn`,
          );
        else bound = row;
      } else if (row.action === "withdrawal") {
        if (!bound)
          report(
            row,
            "action",
            `${row.state} cannot withdraw: it has no consent to be bound before ${row.deposited_on}`,
          );
        bound = null;
      }
    }
  }
  return issues;
}
