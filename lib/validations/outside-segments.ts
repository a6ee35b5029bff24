// The path segments of a dated outside list (/treaties/{slug}/outside/on/<asOf|today>/<grouping>)
// as a validated query: the date as on the treaty page, the grouping one of those
// the site has. Shared by the page and proxy.ts (lib/routing/view-routes.ts), so
// the proxy answers 400 exactly when the page shows its message.
import type { IsoDate } from "../domain/dates";
import type { QueryError } from "./status-query";
import { parseViewSegments } from "./view-segments";

export type OutsideQuery = { asOf: IsoDate; grouping: string };

type TreatyDates = { shortName: string; openedForSignatureOn: IsoDate };
type Grouping = { slug: string; name: string };

/** The page's message for any grouping it does not know: every refused grouping shares one cached page. */
export function refusedGroupingError(groupings: readonly Grouping[]): QueryError {
  return {
    parameter: "grouping",
    message: `must be one of: ${groupings.map((g) => `${g.slug} (${g.name})`).join(", ")}`,
  };
}

/** The date is checked first, as on the treaty page. */
export function parseOutsideSegments(
  segments: { asOf: string; grouping: string },
  treaty: TreatyDates,
  groupings: readonly Grouping[],
): { ok: true; query: OutsideQuery } | { ok: false; error: QueryError } {
  const dated = parseViewSegments({ asOf: segments.asOf }, treaty);
  if (!dated.ok) return dated;
  if (!groupings.some((g) => g.slug === segments.grouping))
    return { ok: false, error: refusedGroupingError(groupings) };
  return { ok: true, query: { asOf: dated.query.asOf, grouping: segments.grouping } };
}
