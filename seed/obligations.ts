// Reads seed/data/obligations/<treaty-slug>/art-<N>-<kind>.csv: one file per
// treaty and article, each row one thing a source says about a state's
// stockpile-destruction or clearance obligation. Checked row by row (zod),
// then as each state's history against the treaty's action log
// (lib/domain/obligation-events.ts, the admin's rules too).
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { IsoDate } from "../lib/domain/dates";
import {
  obligationEventProblems,
  sourcedObligationRules,
  type ObligationEvent,
  type SourcedObligation,
  type SourcedObligationRule,
} from "../lib/domain/obligation-events";
import type { StateTimeline } from "../lib/domain/timeline";
import { obligationBookOf, type ObligationBook } from "../lib/domain/obligation-summary";
import { obligationRowSchema, type ObligationRow } from "../lib/validations/obligation-row";
import { readCsv, relativeSeedPath, type Located, type SeedIssue } from "./read-files";
import type { TreatySeed } from "./schemas";

export type ObligationFile = { rule: SourcedObligationRule; rows: Located<ObligationRow>[] };

const FILE_NAME = /^art-(\d+)-(stockpile-destruction|clearance)\.csv$/;

/** "Art. 4" -> "4": the file name carries the article's number. */
const articleNumber = (article: string) => /\d+/.exec(article)?.[0] ?? article;

export function obligationEventOf(row: ObligationRow, kind: SourcedObligation): ObligationEvent {
  return {
    stateIso3: row.state,
    kind,
    type: row.event,
    on: row.event_on,
    deadline: row.deadline,
    meeting: row.meeting,
    informationOn: row.information_on,
    source: row.source,
    confidence: row.confidence,
    note: row.note,
  };
}

/** A treaty may have no obligation folder (the TPNW's obligations are of another kind). */
export function readObligationFiles(
  dataDir: string,
  treaty: TreatySeed,
  timelines: ReadonlyMap<string, StateTimeline>,
  stateIsos: ReadonlySet<string>,
  today: IsoDate,
  issues: SeedIssue[],
): ObligationFile[] {
  const folder = path.join(dataDir, "obligations", treaty.slug);
  if (!existsSync(folder)) return [];
  const rules = sourcedObligationRules(treaty.obligationRules);
  const files: ObligationFile[] = [];
  for (const name of readdirSync(folder).sort()) {
    const file = path.join(folder, name);
    const found = FILE_NAME.exec(name);
    const rule = found && rules.find((r) => r.kind === found[2]?.replace("-", "_"));
    if (!found || !rule || articleNumber(rule.article) !== found[1]) {
      const expected = rules.map((r) => `art-${articleNumber(r.article)}-${r.kind.replace("_", "-")}.csv`).join(", ");
      issues.push({
        file: relativeSeedPath(file),
        line: null,
        field: "file",
        message: `unexpected name: ${treaty.shortName} has ${expected}`,
      });
      continue;
    }
    const rows = readCsv(file, obligationRowSchema, issues);
    issues.push(...validateObligationRows(rows, rule, timelines, stateIsos, today));
    files.push({ rule, rows });
  }
  return files;
}

function validateObligationRows(
  rows: readonly Located<ObligationRow>[],
  rule: SourcedObligationRule,
  timelines: ReadonlyMap<string, StateTimeline>,
  stateIsos: ReadonlySet<string>,
  today: IsoDate,
): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const report = (row: Located<ObligationRow>, field: string, message: string) =>
    issues.push({ file: row.file, line: row.line, field, message });
  const seen = new Map<string, Located<ObligationRow>>();
  const byState = new Map<string, Located<ObligationRow>[]>();
  for (const row of rows) {
    if (!stateIsos.has(row.state)) {
      report(row, "state", `unknown state code ${row.state}`);
      continue;
    }
    if (row.event_on.first > today) report(row, "event_on", `${row.event_on.text} is in the future`);
    if (row.information_on.first > today) report(row, "information_on", `${row.information_on.text} is in the future`);
    // The database keeps one row per state, event and first day of its date.
    const key = `${row.state}/${row.event}/${row.event_on.first}`;
    const earlier = seen.get(key);
    if (earlier) {
      report(row, "event", `duplicate of line ${earlier.line}: ${row.state} ${row.event} on ${row.event_on.text}`);
      continue;
    }
    seen.set(key, row);
    byState.set(row.state, [...(byState.get(row.state) ?? []), row]);
  }
  for (const [iso3, stateRows] of byState) {
    const events = stateRows.map((row) => obligationEventOf(row, rule.kind));
    for (const problem of obligationEventProblems(events, rule, timelines.get(iso3))) {
      const row = stateRows[problem.index];
      if (row) report(row, problem.field, problem.message);
    }
  }
  return issues;
}

/** The files' events as the snapshot keeps them, so tests compute from the files what the app computes from the database. */
export function seedObligationBook(files: readonly ObligationFile[]): ObligationBook {
  return obligationBookOf(
    files.map((file) => file.rule),
    files.flatMap(({ rule, rows }) => rows.map((row) => obligationEventOf(row, rule.kind))),
  );
}
