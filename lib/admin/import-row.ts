// One row of an import file on its own: the action files' row schema
// (lib/validations/action-row.ts, the seed's), with what the admin's form also
// asks of a source and a note, and no invisible characters. Each problem names
// the line and the column: "line 12, deposited_on: must be a real date written YYYY-MM-DD".
import { z } from "zod";
import type { IsoDate } from "../domain/dates";
import type { ActionType } from "../domain/types";
import { actionRowSchema } from "../validations/action-row";
import { source } from "../validations/treaty-action";
import type { ImportRecord } from "./import-csv";

const importRowSchema = actionRowSchema.extend({
  source,
  note: z
    .string()
    .trim()
    .max(2000, "is too long (2,000 characters at most)")
    .transform((value) => value || null),
});

export type ImportedRow = {
  line: number;
  stateIso3: string;
  type: ActionType;
  depositedOn: IsoDate;
  effectiveOn: IsoDate | null;
  effectDeferred: boolean;
  source: string;
  confidence: "confirmed" | "unconfirmed";
  note: string | null;
};

export type CheckedRecord = { ok: true; row: ImportedRow; notes: string[] } | { ok: false; problems: string[] };

const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** C0 control characters and DEL; `allowLineBreaks` lets a note keep its line breaks and tabs. */
export function hasControlCharacter(text: string, allowLineBreaks = false): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (allowLineBreaks && (code === TAB || code === LINE_FEED || code === CARRIAGE_RETURN)) continue;
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** The invisible text-direction overrides, which can make a cell read as something it is not. */
export const DIRECTION_OVERRIDE = /[\u202A-\u202E\u2066-\u2069]/;
/** What a spreadsheet would take for a formula if the cell were opened in one. */
const FORMULA = /^[=+\-@]/;
const TEXT_COLUMNS = ["source", "note"] as const;

export const problemAt = (line: number, field: string | null, message: string) =>
  `line ${line}${field ? `, ${field}` : ""}: ${message}`;

function characterProblems(record: ImportRecord): string[] {
  return Object.entries(record.cells).flatMap(([column, cell]) => {
    if (hasControlCharacter(cell, column === "note"))
      return [
        problemAt(record.line, column, "has a control character (a line break, tab or invisible code): remove it"),
      ];
    if (DIRECTION_OVERRIDE.test(cell))
      return [problemAt(record.line, column, "has an invisible text-direction character: remove it")];
    return [];
  });
}

export function checkRecord(record: ImportRecord, columnCount: number): CheckedRecord {
  const { line } = record;
  if (record.cellCount !== columnCount) {
    const problem = `has ${record.cellCount} ${record.cellCount === 1 ? "cell" : "cells"} where the header has ${columnCount} columns (a cell holding a comma must be in quotes)`;
    return { ok: false, problems: [problemAt(line, null, problem)] };
  }
  const characters = characterProblems(record);
  const parsed = importRowSchema.safeParse(record.cells);
  if (!parsed.success || characters.length > 0) {
    const issues = parsed.success ? [] : parsed.error.issues;
    const schemaProblems = issues.map((issue) => problemAt(line, issue.path.join(".") || null, issue.message));
    return { ok: false, problems: [...characters, ...schemaProblems] };
  }
  const data = parsed.data;
  const notes = TEXT_COLUMNS.flatMap((column) => {
    const value = data[column];
    return value && FORMULA.test(value)
      ? [`${column} starts with "${value[0]}": kept as plain text, never run as a formula`]
      : [];
  });
  return {
    ok: true,
    notes,
    row: {
      line,
      stateIso3: data.state,
      type: data.action.replaceAll("-", "_") as ActionType,
      depositedOn: data.deposited_on,
      effectiveOn: data.effective_on,
      effectDeferred: data.effect_deferred,
      source: data.source,
      confidence: data.confidence,
      note: data.note,
    },
  };
}
