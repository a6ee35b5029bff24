// Where the treaty page for a shared link (/treaties/{slug}?asOf=...&counting=...)
// is rendered and cached: the path of the period containing that date
// (lib/domain/periods.ts), so every date of a period is one cache entry.
import { periodContaining } from "../domain/periods";
import { getTreatySnapshot } from "./treaty-snapshot";
import { parseViewSegments } from "./view-params";

/**
 * - "period": served by the page of the period containing the date, at `path`;
 * - "exact": served at the path the segments name (today's page, or a date there is no period for);
 * - "refused": the page at the exact path will say what is wrong (proxy.ts answers 400);
 * - "unknown-treaty": the page at the exact path answers 404.
 */
export type TreatyPlacement =
  { kind: "period"; path: string } | { kind: "exact" } | { kind: "refused" } | { kind: "unknown-treaty" };

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
  if (!parsed.ok) return { kind: "refused" };
  if (segments.asOf === "today") return { kind: "exact" };
  const period = periodContaining(snapshot.turningPoints[parsed.query.counting], parsed.query.asOf);
  return period
    ? { kind: "period", path: `/treaties/${snapshot.slug}/on/${period.from}/${parsed.query.counting}` }
    : { kind: "exact" };
}
