// What an import file would do to one treaty's log, worked out in memory from
// the file and the log as it is: each row added, changed, unchanged or
// refused (with the reasons), and the rows to write. The treaty's rules
// (lib/domain/action-rules.ts) apply to each row and to each state's whole
// history as it would be after the import. Pure: the preview and the commit
// (inside its transaction) both call it on what they read.
import { actionProblems, historyProblems, type ActionField, type TreatyFacts } from "../domain/action-rules";
import type { IsoDate } from "../domain/dates";
import type { TreatyActionRecord } from "../domain/types";
import { readImportCsv } from "./import-csv";
import type { ImportChange, ImportCounts, ImportRowResult } from "./import-result";
import { checkRecord, problemAt, type ImportedRow } from "./import-row";

export type ExistingAction = TreatyActionRecord & { id: number; confidence: string };

export type ImportContext = {
  treaty: TreatyFacts;
  stateIsos: ReadonlySet<string>;
  existing: readonly ExistingAction[];
  today: IsoDate;
};

export type ImportPlan =
  | {
      ok: true;
      counts: ImportCounts;
      rows: ImportRowResult[];
      added: ImportedRow[];
      changed: { id: number; row: ImportedRow }[];
    }
  | { ok: false; problems: string[] };

type Candidate = { result: ImportRowResult; row: ImportedRow; existing: ExistingAction | undefined };

/** The rules name the domain's fields; the file has columns. */
const COLUMN: Record<ActionField, string> = {
  state: "state",
  type: "action",
  depositedOn: "deposited_on",
  effectiveOn: "effective_on",
  effectDeferred: "effect_deferred",
};

const keyOf = (action: Pick<TreatyActionRecord, "stateIso3" | "type" | "depositedOn">) =>
  `${action.stateIso3}/${action.type}/${action.depositedOn}`;
const describe = (action: Pick<TreatyActionRecord, "type" | "depositedOn">) =>
  `${action.type.replace("_", " ")} of ${action.depositedOn}`;

function groupByState<T extends { stateIso3: string }>(items: Iterable<T>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.stateIso3);
    if (group) group.push(item);
    else groups.set(item.stateIso3, [item]);
  }
  return groups;
}

export function planImport(csv: string, context: ImportContext): ImportPlan {
  const file = readImportCsv(csv);
  if (!file.ok) return file;
  const existingByKey = new Map(context.existing.map((action) => [keyOf(action), action]));
  const firstLine = new Map<string, number>();
  const rows: ImportRowResult[] = [];
  const candidates: Candidate[] = [];

  for (const record of file.records) {
    const { line, cells } = record;
    const result: ImportRowResult = {
      line,
      state: cells.state?.trim() ?? "",
      action: cells.action?.trim() ?? "",
      depositedOn: cells.deposited_on?.trim() ?? "",
      outcome: "refused",
      reasons: [],
      changes: [],
      notes: [],
    };
    rows.push(result);
    const checked = checkRecord(record, file.columns.length);
    if (!checked.ok) {
      result.reasons = checked.problems;
      continue;
    }
    const { row } = checked;
    result.notes = checked.notes;
    if (!context.stateIsos.has(row.stateIso3)) {
      result.reasons.push(problemAt(line, "state", `unknown state code ${row.stateIso3}`));
    }
    const key = keyOf(row);
    const earlier = firstLine.get(key);
    if (earlier === undefined) firstLine.set(key, line);
    else result.reasons.push(problemAt(line, "state", `repeats line ${earlier}: ${row.stateIso3}'s ${describe(row)}`));
    for (const problem of actionProblems(context.treaty, row, context.today)) {
      result.reasons.push(problemAt(line, COLUMN[problem.field], problem.message));
    }
    if (result.reasons.length === 0) candidates.push({ result, row, existing: existingByKey.get(key) });
  }

  applyHistoryRules(
    candidates.filter((candidate) => !candidate.existing),
    context.existing,
  );

  const added: ImportedRow[] = [];
  const changed: { id: number; row: ImportedRow }[] = [];
  for (const { result, row, existing } of candidates) {
    if (result.reasons.length > 0) continue;
    if (!existing) {
      result.outcome = "added";
      added.push(row);
      continue;
    }
    result.changes = changesOf(existing, row);
    result.outcome = result.changes.length > 0 ? "changed" : "unchanged";
    if (result.changes.length > 0) changed.push({ id: existing.id, row });
  }
  const counts: ImportCounts = { added: 0, changed: 0, unchanged: 0, refused: 0 };
  for (const row of rows) counts[row.outcome]++;
  return { ok: true, counts, rows, added, changed };
}

/**
 * Each state's history with the new rows in it must still make sense (a
 * changed row keeps its state, type and date, so only new rows can break it).
 * A problem the history already had is not the file's; a problem that lands
 * on an action already recorded (a new accession before a recorded
 * ratification) is the new rows' up to that action's date.
 */
function applyHistoryRules(additions: readonly Candidate[], existing: readonly ExistingAction[]): void {
  const existingByState = groupByState(existing);
  const additionsByState = groupByState(
    additions.map((candidate) => ({ ...candidate, stateIso3: candidate.row.stateIso3 })),
  );
  for (const [state, newRows] of additionsByState) {
    const before = existingByState.get(state) ?? [];
    const known = new Set(historyProblems(before).map(({ problem }) => problem.message));
    const after = [...before, ...newRows.map(({ row }) => row)];
    for (const { index, problem } of historyProblems(after)) {
      if (known.has(problem.message)) continue;
      const added = newRows[index - before.length];
      if (added) {
        added.result.reasons.push(problemAt(added.row.line, COLUMN[problem.field], problem.message));
        continue;
      }
      const recorded = before[index];
      if (!recorded) continue;
      const earlier = newRows.filter(({ row }) => row.depositedOn <= recorded.depositedOn);
      for (const { result, row } of earlier.length > 0 ? earlier : newRows) {
        result.reasons.push(
          problemAt(row.line, "action", `would make the recorded ${describe(recorded)} impossible: ${problem.message}`),
        );
      }
    }
  }
}

const written = (value: string | null) => value ?? "";

function changesOf(existing: ExistingAction, row: ImportedRow): ImportChange[] {
  const pairs: [string, string, string][] = [
    ["effective date", written(existing.effectiveOn), written(row.effectiveOn)],
    ["deferral", existing.effectDeferred ? "yes" : "no", row.effectDeferred ? "yes" : "no"],
    ["source", existing.source, row.source],
    ["confidence", existing.confidence, row.confidence],
    ["note", written(existing.note), written(row.note)],
  ];
  return pairs
    .filter(([, before, after]) => before !== after)
    .map(([field, before, after]) => ({ field, before, after }));
}
