// For integration tests of the downloads: call a route's GET as Next would, and
// read its answer back as a spreadsheet or a JSON parser would.
import { parse } from "csv-parse/sync";
import { NextRequest } from "next/server";
import { expect } from "vitest";

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;

export function get<P>(handler: Handler<P>, url: string, params: P): Promise<Response> {
  return handler(new NextRequest(new URL(url, "http://localhost")), { params: Promise.resolve(params) });
}

export type CsvFile = { header: string[]; rows: Record<string, string>[]; filename: string | undefined };

const filenameOf = (response: Response) =>
  /^attachment; filename="([^"]+)"$/.exec(response.headers.get("content-disposition") ?? "")?.[1];

/** The CSV answer: checked to start with a UTF-8 byte order mark, then parsed as UTF-8 with its header row. */
export async function csvFile(response: Response): Promise<CsvFile> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  const bytes = Buffer.from(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString("utf8");
  const header = parse(text, { to_line: 1 }) as string[][];
  const rows = parse(text, { columns: true }) as Record<string, string>[];
  return { header: header[0] ?? [], rows, filename: filenameOf(response) };
}

/** The JSON answer: plain UTF-8, no byte order mark. */
export async function jsonFile<T>(response: Response): Promise<{ body: T; filename: string | undefined }> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  const bytes = Buffer.from(await response.arrayBuffer());
  expect(bytes[0]).toBe("{".charCodeAt(0));
  return { body: JSON.parse(bytes.toString("utf8")) as T, filename: filenameOf(response) };
}

/** A JSON value as the CSV writes it: empty for null, yes/no for a flag. */
export function asCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

/**
 * Every column named like a date (`*_on`, `date`, `deadline`, `*_deadline`) holds an ISO date or nothing;
 * the `partial` ones, dated as precisely as their source, may hold a year (YYYY) or a month (YYYY-MM) too.
 */
export function expectIsoDates(file: CsvFile, partial: readonly string[] = []): void {
  const dateColumns = file.header.filter(
    (c) => c === "date" || c === "deadline" || c.endsWith("_on") || c.endsWith("_deadline"),
  );
  expect(dateColumns.length).toBeGreaterThan(0);
  for (const row of file.rows)
    for (const column of dateColumns)
      expect({ column, value: row[column] }).toEqual({
        column,
        value: expect.stringMatching(
          partial.includes(column) ? /^(\d{4}(-\d{2}(-\d{2})?)?)?$/ : /^(\d{4}-\d{2}-\d{2})?$/,
        ),
      });
}

/** What an error answer says: its status, the parameter it names, and whether its message starts with that name. */
export async function refusal(
  response: Response,
): Promise<{ status: number; parameter: string | undefined; named: boolean }> {
  const body = (await response.json()) as { error?: { parameter?: string; message?: string } };
  const parameter = body.error?.parameter;
  return {
    status: response.status,
    parameter,
    named: !!parameter && !!body.error?.message?.startsWith(`${parameter} `),
  };
}

/** The refusal expected for a parameter. */
export const refused = (status: 400 | 404, parameter: string) => ({ status, parameter, named: true });
