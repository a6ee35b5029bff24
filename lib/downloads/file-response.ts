// How every download is answered: the same data as a CSV or as JSON, sent as
// an attachment whose name says what it holds and for which date.
// - CSV: a header row, ISO dates, and a UTF-8 byte order mark first, without
//   which Excel reads the file in the machine's code page and "Côte d'Ivoire"
//   or "Türkiye" come out garbled.
// - JSON: plain UTF-8 (a BOM there would break most parsers).
import { PUBLIC_CACHE_CONTROL } from "../http/cache-policy";
import { stringify } from "csv-stringify/sync";
import { NextResponse } from "next/server";
import { jsonError } from "../api/json-error";
import type { DownloadFormat } from "../validations/download-query";
import type { QueryError } from "../validations/status-query";

export type CsvValue = string | number | boolean | null;

/** A table as a CSV: its columns in order, one record per row keyed by column (a column left out is empty). */
export type CsvTable<Column extends string = string> = {
  columns: readonly Column[];
  rows: readonly Partial<Record<Column, CsvValue>>[];
};

/** What a download holds, in both formats, and the file name without its extension. */
export type DownloadFile<Column extends string = string> = {
  name: string;
  json: () => unknown;
  csv: () => CsvTable<Column>;
};

/** yes/no for a flag, as the treaty download has always written them. */
const cell = (value: CsvValue | undefined): string | number | null =>
  typeof value === "boolean" ? (value ? "yes" : "no") : (value ?? null);

function csvText<Column extends string>({ columns, rows }: CsvTable<Column>): string {
  return stringify(
    rows.map((row) => columns.map((column) => cell(row[column]))),
    { bom: true, header: true, columns: [...columns] },
  );
}

/** Only letters, digits, ".", "_" and "-" in the name: the header needs no quoting rules beyond the quotes. */
function attachment(name: string, extension: DownloadFormat): string {
  return `attachment; filename="${name.replace(/[^\w.-]+/g, "_")}.${extension}"`;
}

export function fileResponse(format: DownloadFormat, file: DownloadFile): NextResponse {
  const [body, type] =
    format === "json"
      ? [JSON.stringify(file.json(), null, 2), "application/json; charset=utf-8"]
      : [csvText(file.csv()), "text/csv; charset=utf-8"];
  return new NextResponse(body, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": attachment(file.name, format),
      // As the API's answers: a shared cache must ask again, so no file predates an admin's save.
      "Cache-Control": PUBLIC_CACHE_CONTROL,
    },
  });
}

/** A refused query parameter: 400, with the API's error naming it. */
export function queryRefused(error: QueryError): NextResponse {
  return jsonError(400, error.parameter, error.message);
}
