// What a bulk import's preview and commit answer, and the file limits. Plain
// data and constants only: the browser imports these too (the form checks a
// file's size before sending it).
import type { FieldErrors } from "./write-result";

/** A preview parses and checks everything in memory: the caps keep that bounded. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The file's size refused, as the server says it and the form says it before sending. */
export const tooLargeProblem = (bytes: number) =>
  `is ${megabytes(bytes)}: at most ${megabytes(MAX_IMPORT_BYTES)} can be imported at a time; split it`;

export type ImportOutcome = "added" | "changed" | "unchanged" | "refused";

/** A field of an existing action the file gives another value, both as written in the file ("" for empty). */
export type ImportChange = { field: string; before: string; after: string };

export type ImportRowResult = {
  /** The line of the file the row starts on (the header is line 1). */
  line: number;
  /** As written in the file (trimmed), whether or not they are valid. */
  state: string;
  action: string;
  depositedOn: string;
  outcome: ImportOutcome;
  /** Why a refused row is refused: "line 12, deposited_on: must be a real date written YYYY-MM-DD". */
  reasons: string[];
  /** What a changed row changes. */
  changes: ImportChange[];
  /** Things worth knowing that refuse nothing (a cell that looks like a spreadsheet formula). */
  notes: string[];
};

export type ImportCounts = Record<ImportOutcome, number>;

export type ImportPreview = {
  treaty: { slug: string; shortName: string };
  counts: ImportCounts;
  rows: ImportRowResult[];
};

/** A preview, or why the file (or the treaty) could not be read at all: under `file`, `treaty`. */
export type ImportPreviewResult = ({ ok: true } & ImportPreview) | { ok: false; fieldErrors: FieldErrors };

export type ImportCommitResult =
  | { ok: true; added: number; changed: number; unchanged: number }
  | {
      ok: false;
      fieldErrors: FieldErrors;
      formError: string | null;
      /** The preview as it is now, when it no longer allows the import the admin confirmed. */
      preview: ImportPreview | null;
    };

/** Rows the import would write. */
export const rowsToWrite = (counts: ImportCounts) => counts.added + counts.changed;
