// Reads the reviewable seed files and validates each row with zod. Every
// problem is reported as "file:line field: message" so a reviewer can fix the
// exact cell; nothing is loaded while any problem remains.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { z } from "zod";
import { UserFacingError } from "../lib/errors";

export const SEED_DATA_DIR = path.join(import.meta.dirname, "data");

export type SeedIssue = { file: string; line: number | null; field: string; message: string };
export type Located<T> = T & { file: string; line: number };

export class SeedValidationError extends UserFacingError {
  override name = "SeedValidationError";
  constructor(readonly issues: SeedIssue[]) {
    const shown = issues.slice(0, 20).map(formatIssue).join("\n  ");
    const more = issues.length > 20 ? `\n  ... and ${issues.length - 20} more` : "";
    super(`seed data has ${issues.length} problem(s); nothing was written:\n  ${shown}${more}`);
  }
}

export function formatIssue(issue: SeedIssue): string {
  return `${issue.file}${issue.line === null ? "" : `:${issue.line}`} ${issue.field}: ${issue.message}`;
}

export function relativeSeedPath(file: string): string {
  return path.relative(process.cwd(), file);
}

/** Parses a CSV file and validates each row; returns valid rows, pushes issues for the rest. */
export function readCsv<Schema extends z.ZodType>(
  file: string,
  schema: Schema,
  issues: SeedIssue[],
): Located<z.infer<Schema>>[] {
  const shownFile = relativeSeedPath(file);
  const records = parse(readFileSync(file, "utf8"), {
    columns: true,
    skip_empty_lines: true,
    info: true,
    bom: true,
  }) as {
    record: Record<string, string>;
    info: { lines: number };
  }[];
  const rows: Located<z.infer<Schema>>[] = [];
  for (const { record, info } of records) {
    const parsed = schema.safeParse(record);
    if (parsed.success)
      rows.push({ ...(parsed.data as object), file: shownFile, line: info.lines } as Located<z.infer<Schema>>);
    else
      for (const issue of parsed.error.issues)
        issues.push({
          file: shownFile,
          line: info.lines,
          field: issue.path.join(".") || "row",
          message: issue.message,
        });
  }
  return rows;
}

export function readJson<Schema extends z.ZodType>(
  file: string,
  schema: Schema,
  issues: SeedIssue[],
): z.infer<Schema> | null {
  const shownFile = relativeSeedPath(file);
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues)
    issues.push({ file: shownFile, line: null, field: issue.path.join("."), message: issue.message });
  return null;
}
