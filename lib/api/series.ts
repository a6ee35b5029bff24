// GET /api/v1/treaties/{slug}/series?counting=: the counts over the treaty's history.
import { findTreaty } from "./lookups";
import { countingQuery } from "./params";
import { parseQuery } from "./query";
import { success, type ApiResult } from "./result";
import type { TreatySeries } from "./schemas/series";

export async function seriesAnswer(slug: string, search: URLSearchParams): Promise<ApiResult<TreatySeries>> {
  const treaty = await findTreaty(slug);
  if (!treaty.ok) return treaty;
  const query = parseQuery(countingQuery, search);
  if (!query.ok) return query;
  const { counting } = query.data;
  return success({
    treaty: treaty.value.slug,
    counting,
    checkedAgainstDepositaryOn: treaty.value.depositaryCheckedOn,
    points: treaty.value.series[counting],
  });
}
