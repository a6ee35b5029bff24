// Turns the rewritten path segments (/on/<asOf|today>/<counting>) back into a
// validated query, with the same rules and messages as the API.
import type { IsoDate } from "../domain/dates";
import { parseStatusQuery, type QueryError, type StatusQuery } from "../validations/status-query";

/** decodeURIComponent, or null for a malformed escape ("%E0") instead of an exception. */
export function decodedOrNull(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

export function parseViewSegments(
  segments: { asOf: string; counting?: string },
  treaty: { shortName: string; openedForSignatureOn: IsoDate },
): { ok: true; query: StatusQuery } | { ok: false; error: QueryError } {
  // A malformed escape stays as it is and is then reported as a bad date.
  const asOf = decodedOrNull(segments.asOf) ?? segments.asOf;
  return parseStatusQuery({ asOf: asOf === "today" ? undefined : asOf, counting: segments.counting }, treaty);
}
