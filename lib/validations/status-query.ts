// Query parameters shared by the status API and the treaty pages:
// ?asOf=YYYY-MM-DD (default today) and ?counting=deposit|in-force (default deposit).
import { z } from "zod";
import { addYearsIso, isIsoDate, todayIso, type IsoDate } from "../domain/dates";
import { COUNTING_RULES, type Counting } from "../domain/status";

/** The log cannot know the future: dates more than this far ahead are refused. */
export const MAX_YEARS_AHEAD = 2;

export type StatusQuery = { asOf: IsoDate; counting: Counting };
export type QueryError = { parameter: string; message: string };

type TreatyDates = { shortName: string; openedForSignatureOn: IsoDate };

function buildSchema(treaty: TreatyDates, latest: IsoDate) {
  return z.object({
    asOf: z
      .string()
      .trim()
      .refine(isIsoDate, "must be a date written YYYY-MM-DD, e.g. 2020-08-06")
      .refine((date) => date >= treaty.openedForSignatureOn, `must not be before ${treaty.openedForSignatureOn}, when the ${treaty.shortName} opened for signature`)
      .refine((date) => date <= latest, `must not be after ${latest}: the record cannot know events further ahead`),
    counting: z.enum(COUNTING_RULES, { message: `must be one of: ${COUNTING_RULES.join(", ")}` }).default("deposit"),
  });
}

type QuerySchema = ReturnType<typeof buildSchema>;

// zod compiles a schema on its first use, which cost more than the rest of a
// dated link's routing (proxy.ts runs this on every request): one schema per
// treaty and day, kept. The key changes daily, so the map stays tiny.
const schemas = new Map<string, QuerySchema>();

function schemaFor(treaty: TreatyDates, latest: IsoDate): QuerySchema {
  const key = `${treaty.shortName}|${treaty.openedForSignatureOn}|${latest}`;
  let schema = schemas.get(key);
  if (!schema) {
    if (schemas.size > 64) schemas.clear();
    schema = buildSchema(treaty, latest);
    schemas.set(key, schema);
  }
  return schema;
}

/** The last date a page or the API accepts. */
export function latestAllowedDate(today: IsoDate = todayIso()): IsoDate {
  return addYearsIso(today, MAX_YEARS_AHEAD);
}

export function parseStatusQuery(
  params: { asOf?: string | null; counting?: string | null },
  treaty: TreatyDates,
  today: IsoDate = todayIso(),
): { ok: true; query: StatusQuery } | { ok: false; error: QueryError } {
  const schema = schemaFor(treaty, latestAllowedDate(today));
  const parsed = schema.safeParse({ asOf: params.asOf ?? today, counting: params.counting ?? undefined });
  if (parsed.success) return { ok: true, query: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: { parameter: String(issue?.path[0] ?? "query"), message: issue?.message ?? "is invalid" } };
}
