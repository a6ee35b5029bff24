// Turns the rewritten path segments (/on/<asOf|today>/<counting>) back into a
// validated query, with the same rules and messages as the API.
import type { IsoDate } from "../domain/dates";
import { decodedOrNull } from "../routing/view-path";
import { parseStatusQuery, type QueryError, type StatusQuery } from "../validations/status-query";

export function parseViewSegments(
  segments: { asOf: string; counting?: string },
  treaty: { shortName: string; openedForSignatureOn: IsoDate },
): { ok: true; query: StatusQuery } | { ok: false; error: QueryError } {
  // A malformed escape stays as it is and is then reported as a bad date.
  const asOf = decodedOrNull(segments.asOf) ?? segments.asOf;
  return parseStatusQuery({ asOf: asOf === "today" ? undefined : asOf, counting: segments.counting }, treaty);
}
