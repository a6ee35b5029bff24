// Query parameters shared by the status API and the treaty pages:
// ?asOf=YYYY-MM-DD (default today) and ?counting=deposit|in-force (default deposit).
import { z } from "zod";
import { latestAllowedDate } from "../domain/date-bounds";
import { isIsoDate, todayIso, type IsoDate } from "../domain/dates";
import { COUNTING_RULES, type Counting } from "../domain/status";

export type StatusQuery = { asOf: IsoDate; counting: Counting };
export type QueryError = { parameter: string; message: string };

type TreatyDates = { shortName: string; openedForSignatureOn: IsoDate };

// The shape of a query, one schema for every treaty and day. The bounds depend on
// both, so they are checked after it: a schema built per call was compiled by zod
// again on every dated link (proxy.ts runs this on each of them).
const querySchema = z.object({
  asOf: z.string().trim().refine(isIsoDate, "must be a date written YYYY-MM-DD, e.g. 2020-08-06"),
  counting: z.enum(COUNTING_RULES, { message: `must be one of: ${COUNTING_RULES.join(", ")}` }).default("deposit"),
});

function outOfBounds(asOf: IsoDate, treaty: TreatyDates, latest: IsoDate): string | null {
  if (asOf < treaty.openedForSignatureOn)
    return `must not be before ${treaty.openedForSignatureOn}, when the ${treaty.shortName} opened for signature`;
  if (asOf > latest) return `must not be after ${latest}: the record cannot know events further ahead`;
  return null;
}

export function parseStatusQuery(
  params: { asOf?: string | null; counting?: string | null },
  treaty: TreatyDates,
  today: IsoDate = todayIso(),
): { ok: true; query: StatusQuery } | { ok: false; error: QueryError } {
  const asOf = params.asOf ?? today;
  const parsed = querySchema.safeParse({ asOf, counting: params.counting ?? undefined });
  // asOf is reported first, as before: its format, then its bounds, then counting.
  const asOfIssue = parsed.success ? undefined : parsed.error.issues.find((issue) => issue.path[0] === "asOf");
  const bound = asOfIssue ? null : outOfBounds(asOf.trim(), treaty, latestAllowedDate(today));
  if (bound) return { ok: false, error: { parameter: "asOf", message: bound } };
  if (parsed.success) return { ok: true, query: parsed.data };
  const issue = asOfIssue ?? parsed.error.issues[0];
  return {
    ok: false,
    error: { parameter: String(issue?.path[0] ?? "query"), message: issue?.message ?? "is invalid" },
  };
}
