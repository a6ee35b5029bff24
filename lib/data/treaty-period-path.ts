// Where the treaty page for a shared link (/treaties/{slug}?asOf=...&counting=...)
// is rendered and cached: the path of the period containing that date
// (lib/domain/periods.ts), so every date of a period is one cache entry.
import { periodContaining } from "../domain/periods";
import { parseStatusQuery } from "../validations/status-query";
import { getTreatySnapshot } from "./treaty-snapshot";

/**
 * - "period": served by the page of the period containing the date, at `path`;
 * - "exact": served at the path the query names (no date given, or none to place);
 * - "refused": the query is not valid - the page at the exact path says why;
 * - "unknown-treaty": the page at the exact path answers 404.
 */
export type TreatyPlacement = { kind: "period"; path: string } | { kind: "exact" } | { kind: "refused" } | { kind: "unknown-treaty" };

export async function placeTreatyQuery(slugOrAlias: string, query: { asOf: string | null; counting: string | null }): Promise<TreatyPlacement> {
  const snapshot = await getTreatySnapshot(slugOrAlias);
  if (!snapshot) return { kind: "unknown-treaty" };
  const parsed = parseStatusQuery(query, { shortName: snapshot.shortName, openedForSignatureOn: snapshot.rules.openedForSignatureOn });
  if (!parsed.ok) return { kind: "refused" };
  if (!query.asOf) return { kind: "exact" };
  const period = periodContaining(snapshot.turningPoints[parsed.query.counting], parsed.query.asOf);
  return period ? { kind: "period", path: `/treaties/${snapshot.slug}/on/${period.from}/${parsed.query.counting}` } : { kind: "exact" };
}
