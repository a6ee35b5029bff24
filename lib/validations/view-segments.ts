// Turns the path segments of a cached view (/on/<asOf|today>/<counting>) back
// into a validated query, with the rules of the API.
//
// Messages differ from the API's in one way: every refused date gets the same
// message, naming the whole accepted range. proxy.ts sends every refused date
// of a view to one cached page (lib/routing/view-routes.ts), so the page cannot
// know which bad value it was asked for - and a crawler trying dates cannot
// make it cache a page per value.
import { latestAllowedDate } from "../domain/date-bounds";
import type { IsoDate } from "../domain/dates";
import { parseStatusQuery, type QueryError, type StatusQuery } from "./status-query";

/** decodeURIComponent, or null for a malformed escape ("%E0") instead of an exception. */
export function decodedOrNull(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

type TreatyDates = { shortName: string; openedForSignatureOn: IsoDate };

/** The page's message for any date it cannot show. */
export function refusedDateError(treaty: TreatyDates): QueryError {
  return {
    parameter: "asOf",
    message: `must be a date written YYYY-MM-DD, from ${treaty.openedForSignatureOn} (when the ${treaty.shortName} opened for signature) to ${latestAllowedDate()}`,
  };
}

export function parseViewSegments(
  segments: { asOf: string; counting?: string },
  treaty: TreatyDates,
): { ok: true; query: StatusQuery } | { ok: false; error: QueryError } {
  // A malformed escape stays as it is and is then reported as a bad date.
  const asOf = decodedOrNull(segments.asOf) ?? segments.asOf;
  const parsed = parseStatusQuery({ asOf: asOf === "today" ? undefined : asOf, counting: segments.counting }, treaty);
  if (parsed.ok || parsed.error.parameter !== "asOf") return parsed;
  return { ok: false, error: refusedDateError(treaty) };
}
