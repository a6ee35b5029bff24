// The admin lists' query parameters (?treaty=ccm&state=Niue&page=2 ...), read
// once here. A value that cannot be used is dropped and named in `ignored`, so
// the page can say so instead of silently showing everything.
import { z } from "zod";
import { isIsoDate, type IsoDate } from "../domain/dates";

export const PAGE_SIZE = 50;

export type QueryParams = Record<string, string | string[] | undefined>;

export type ActionFilters = { treaty: string | null; state: string | null; page: number; ignored: string[] };
export type AuditFilters = ActionFilters & { user: number | null; from: IsoDate | null; to: IsoDate | null };

const first = (params: QueryParams, key: string) => {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() || null;
};

const textSchema = z.string().max(200);
const pageSchema = z.coerce.number().int().min(1).max(1_000_000);
const idSchema = z.coerce.number().int().positive().max(2_147_483_647);

function reader(params: QueryParams, ignored: string[]) {
  return <T>(key: string, parse: (raw: string) => T | null): T | null => {
    const raw = first(params, key);
    if (raw === null) return null;
    const value = parse(raw);
    if (value === null) ignored.push(key);
    return value;
  };
}

const safe =
  <T>(schema: z.ZodType<T>) =>
  (raw: string) => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  };
const isoDate = (raw: string) => (isIsoDate(raw) ? raw : null);

export function parseActionFilters(params: QueryParams): ActionFilters {
  const ignored: string[] = [];
  const read = reader(params, ignored);
  return {
    treaty: read("treaty", safe(textSchema)),
    state: read("state", safe(textSchema)),
    page: read("page", safe(pageSchema)) ?? 1,
    ignored,
  };
}

export function parseAuditFilters(params: QueryParams): AuditFilters {
  const base = parseActionFilters(params);
  const read = reader(params, base.ignored);
  return {
    ...base,
    user: read("user", safe(idSchema)),
    from: read("from", isoDate),
    to: read("to", isoDate),
  };
}

/** A path segment such as /admin/actions/412: the row id, or null for anything else. */
export function parseRowId(segment: string): number | null {
  return /^\d{1,10}$/.test(segment) ? safe(idSchema)(segment) : null;
}

/** The page asked for, kept within the pages there are. */
export function pageWindow(total: number, page: number) {
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(page, pageCount);
  return { page: current, pageCount, skip: (current - 1) * PAGE_SIZE, take: PAGE_SIZE };
}
