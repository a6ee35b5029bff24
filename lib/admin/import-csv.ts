// A bulk import file as records: the seed files' format (seed/README.md), read
// strictly. Problems with the file as a whole (too big, not text, not CSV, a
// wrong header) refuse it with a sentence naming the line or column; a row
// with the wrong number of cells is refused on its own (import-row.ts).
import { CsvError, parse } from "csv-parse/sync";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, tooLargeProblem } from "./import-result";

const REQUIRED = ["state", "action", "deposited_on", "effective_on", "source", "confidence", "note"] as const;
const OPTIONAL = ["effect_deferred"] as const;
const KNOWN: readonly string[] = [...REQUIRED, ...OPTIONAL];
const FORMAT = REQUIRED.join(",");

export type ImportRecord = {
  line: number;
  /** Cell by column name; a row with the wrong number of cells keeps those it has. */
  cells: Record<string, string>;
  cellCount: number;
};
export type ImportFile = { ok: true; columns: string[]; records: ImportRecord[] } | { ok: false; problems: string[] };

const refuse = (...problems: string[]): ImportFile => ({ ok: false, problems });
const number = (value: number) => value.toLocaleString("en-GB");

export function readImportCsv(text: string): ImportFile {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) return refuse(tooLargeProblem(bytes));
  if (text.includes("\u0000")) return refuse("is not a text file: save it as CSV (comma-separated values)");
  if (text.includes("\uFFFD")) {
    return refuse('is not UTF-8 text (some characters cannot be read): save it as "CSV UTF-8" and choose it again');
  }
  // One line ending everywhere, so line numbers are right whatever the file used (CRLF, LF or CR).
  const normalized = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (normalized.trim() === "") return refuse(`is empty: its first line must be the header, ${FORMAT}`);

  const parsed = parseRecords(normalized);
  if ("problem" in parsed) return refuse(parsed.problem);
  const [header, ...rows] = parsed.records;
  if (!header) return refuse(`is empty: its first line must be the header, ${FORMAT}`);
  const columns = header.cells.map((cell) => cell.trim());
  const headerProblems = checkHeader(columns, header.line);
  if (headerProblems.length > 0) return refuse(...headerProblems);
  if (rows.length === 0) return refuse("has no rows below its header");
  if (rows.length > MAX_IMPORT_ROWS) {
    return refuse(
      `has ${number(rows.length)} rows: at most ${number(MAX_IMPORT_ROWS)} can be imported at a time; split it`,
    );
  }
  return {
    ok: true,
    columns,
    records: rows.map(({ line, cells }) => ({
      line,
      cells: Object.fromEntries(columns.slice(0, cells.length).map((column, index) => [column, cells[index] ?? ""])),
      cellCount: cells.length,
    })),
  };
}

type RawRecord = { line: number; cells: string[] };

function parseRecords(text: string): { records: RawRecord[] } | { problem: string } {
  let lastLine = 0;
  try {
    const parsed = parse(text, {
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      raw: true,
      on_record: (record, context) => {
        lastLine = context.lines;
        return record;
      },
    }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];
    return {
      records: parsed
        // A row of empty cells (",,,,,,", as spreadsheets write blank rows) says nothing: skipped like a blank line.
        .filter(({ record }) => record.some((cell) => cell.trim() !== ""))
        .map(({ record, info, raw }) => ({ line: startLine(info.lines, raw), cells: record })),
    };
  } catch (error) {
    if (error instanceof CsvError) return { problem: csvProblem(error, text, lastLine) };
    throw error;
  }
}

/** csv-parse counts the line a record ends on; a quoted cell may span lines, and blank lines before it are in `raw`. */
function startLine(endLine: number, raw: string): number {
  const content = raw.replace(/\n$/, "").replace(/^\n+/, "");
  return endLine - (content.match(/\n/g)?.length ?? 0);
}

function csvProblem(error: CsvError, text: string, lastGoodLine: number): string {
  const line = (error as CsvError & { lines?: number }).lines ?? lastGoodLine + 1;
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED": {
      // csv-parse reports the end of the file; the reader wants the row where the quote opened.
      const lines = text.split("\n");
      let start = lastGoodLine + 1;
      while (start < lines.length && lines[start - 1]?.trim() === "") start++;
      return `is not valid CSV: the row starting at line ${start} opens a quoted cell that is never closed`;
    }
    case "CSV_INVALID_CLOSING_QUOTE":
      return `is not valid CSV at line ${line}: a quoted cell must end right after its closing quote (write a quote inside a quoted cell as "")`;
    case "INVALID_OPENING_QUOTE":
      return `is not valid CSV at line ${line}: a quote inside a cell that is not quoted (put the whole cell in quotes and double the quote: "say ""yes""")`;
    default:
      return `is not valid CSV at line ${line} (${error.code})`;
  }
}

function checkHeader(columns: readonly string[], line: number): string[] {
  if (columns.length === 1 && columns[0]?.includes(";")) {
    return [`has its columns separated by semicolons on line ${line}: separate them with commas, ${FORMAT}`];
  }
  if (!columns.some((column) => KNOWN.includes(column))) {
    return [`has no header row: its first line must name the columns, ${FORMAT}`];
  }
  const problems: string[] = [];
  const unknown = columns.filter((column) => !KNOWN.includes(column));
  const missing = REQUIRED.filter((column) => !columns.includes(column));
  const twice = [...new Set(columns.filter((column, index) => columns.indexOf(column) !== index))];
  const list = (names: readonly string[]) => names.map((name) => (name === "" ? "(empty)" : name)).join(", ");
  if (unknown.length > 0) {
    problems.push(
      `has ${unknown.length === 1 ? "a column" : "columns"} the format does not have: ${list(unknown)} (the columns are ${FORMAT}, and optionally effect_deferred)`,
    );
  }
  if (missing.length > 0) {
    problems.push(`has no ${missing.length === 1 ? "column" : "columns"} ${list(missing)} in its header`);
  }
  if (twice.length > 0) problems.push(`has ${list(twice)} more than once in its header`);
  return problems;
}
