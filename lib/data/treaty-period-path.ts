// Where the treaty page for a shared link (/treaties/{slug}?asOf=...&counting=...)
// is rendered and cached: the path of the period containing that date
// (lib/domain/periods.ts), so every date of a period is one cache entry.
import { periodContaining } from "../domain/periods";
import { parseStatusQuery } from "../validations/status-query";
import { getTreatySnapshot } from "./treaty-snapshot";

/** The internal page path, or null when the query is not valid: the page at the plain path then explains what is wrong. */
export async function treatyPeriodPath(slugOrAlias: string, query: { asOf: string | null; counting: string | null }): Promise<string | null> {
  const snapshot = await getTreatySnapshot(slugOrAlias);
  if (!snapshot) return null;
  const parsed = parseStatusQuery(query, { shortName: snapshot.shortName, openedForSignatureOn: snapshot.rules.openedForSignatureOn });
  if (!parsed.ok) return null;
  const period = periodContaining(snapshot.turningPoints[parsed.query.counting], parsed.query.asOf);
  return period && `/treaties/${snapshot.slug}/on/${period.from}/${parsed.query.counting}`;
}
