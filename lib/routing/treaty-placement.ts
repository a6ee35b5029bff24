// Where a treaty view is rendered and cached. A dated link goes to the page of
// the period containing its date (lib/domain/periods.ts), so every date of a
// period is one cache entry; every refused link of a treaty goes to one page
// per refused parameter, so bad values cannot add cache entries either.
import { getTreatySnapshot } from "../data/treaty-snapshots";
import { periodContaining } from "../domain/periods";
import { parseViewSegments } from "../validations/view-segments";
import { INVALID_SEGMENT, treatyViewPath } from "./view-paths";

/**
 * - "period": served by the page of the period containing the date, at `path`;
 * - "exact": served at the path the segments name (today's page, or a date there is no period for);
 * - "refused": served by the page at `path` that says what is wrong (proxy.ts answers 400);
 * - "unknown-treaty": the page at the exact path answers 404.
 */
export type TreatyPlacement =
  { kind: "period"; path: string } | { kind: "exact" } | { kind: "refused"; path: string } | { kind: "unknown-treaty" };

/** `segments` as in the internal path: asOf is a date or "today"; validated exactly as the page validates them. */
export async function placeTreatyView(
  slugOrAlias: string,
  segments: { asOf: string; counting: string },
): Promise<TreatyPlacement> {
  const snapshot = await getTreatySnapshot(slugOrAlias);
  if (!snapshot) return { kind: "unknown-treaty" };
  const parsed = parseViewSegments(segments, {
    shortName: snapshot.shortName,
    openedForSignatureOn: snapshot.rules.openedForSignatureOn,
  });
  if (!parsed.ok) {
    // A refused date is reported before the counting rule, as the page does.
    const refused =
      parsed.error.parameter === "asOf"
        ? treatyViewPath(snapshot.slug, INVALID_SEGMENT, "deposit")
        : treatyViewPath(snapshot.slug, "today", INVALID_SEGMENT);
    return { kind: "refused", path: refused };
  }
  if (segments.asOf === "today") return { kind: "exact" };
  const period = periodContaining(snapshot.turningPoints[parsed.query.counting], parsed.query.asOf);
  return period
    ? { kind: "period", path: treatyViewPath(snapshot.slug, period.from, parsed.query.counting) }
    : { kind: "exact" };
}
