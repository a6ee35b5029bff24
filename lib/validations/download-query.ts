// Query parameters of the downloads (/treaties/{slug}/download, .../outside/download,
// /regions/.../download ...): one zod schema per download, built from the pieces
// here, read the same way everywhere. A refused value comes back as the API's
// error ({ parameter, message }), which the route answers with a 400 naming it.
import { z } from "zod";
import { isIsoDate, type IsoDate } from "../domain/dates";
import { parseStatusQuery, type QueryError, type StatusQuery } from "./status-query";

export const DOWNLOAD_FORMATS = ["csv", "json"] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/** ?format=csv|json, CSV when absent. */
export const formatParam = z.enum(DOWNLOAD_FORMATS, { message: "must be csv or json" }).default("csv");

/** A date written YYYY-MM-DD (bounds, where a download has them, are checked with the treaty: parseStatusQuery). */
export const dateParam = z.string().refine(isIsoDate, "must be a date written YYYY-MM-DD, e.g. 2020-08-06");

/** One of a list known only at request time (groupings, regions, states), named in the message. */
export function oneOf(values: readonly string[], described = values.join(", ")) {
  return z.string().refine((value) => values.includes(value), `must be one of: ${described}`);
}

export type ParsedQuery<T> = { ok: true; query: T } | { ok: false; error: QueryError };

/**
 * The schema's parameters read from the URL. An empty value counts as absent,
 * as on the pages (a form's empty field); parameters the schema does not name
 * are ignored. The first problem is reported, in the schema's order.
 */
export function parseDownloadQuery<Shape extends z.ZodRawShape>(
  shape: Shape,
  search: URLSearchParams,
): ParsedQuery<z.output<z.ZodObject<Shape>>> {
  const values: Record<string, string> = {};
  for (const key of Object.keys(shape)) {
    const value = search.get(key)?.trim();
    if (value) values[key] = value;
  }
  const parsed = z.object(shape).safeParse(values);
  if (parsed.success) return { ok: true, query: parsed.data };
  const keys = Object.keys(shape);
  const [issue] = [...parsed.error.issues].sort(
    (a, b) => keys.indexOf(String(a.path[0])) - keys.indexOf(String(b.path[0])),
  );
  return {
    ok: false,
    error: { parameter: String(issue?.path[0] ?? "query"), message: issue?.message ?? "is invalid" },
  };
}

type TreatyDates = { shortName: string; openedForSignatureOn: IsoDate };

/**
 * ?asOf (and ?counting when the download has it) as the pages and the status API
 * read them: today and deposit when absent, from the treaty's opening for
 * signature to two years ahead.
 */
export function parseAsOf(
  search: URLSearchParams,
  treaty: TreatyDates,
  { counting }: { counting: boolean } = { counting: false },
): ParsedQuery<StatusQuery> {
  const value = (key: string) => search.get(key)?.trim() || null;
  return parseStatusQuery({ asOf: value("asOf"), counting: counting ? value("counting") : null }, treaty);
}
