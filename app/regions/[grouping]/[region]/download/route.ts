// GET /regions/{grouping}/{region}/download?format=csv|json&asOf=YYYY-MM-DD
// A region on a date (default today), every treaty: who joined, who is outside.
import type { NextRequest } from "next/server";
import { jsonError } from "@/lib/api/json-error";
import { findRegion, getRegionView } from "@/lib/data/region-view";
import { getEarliestOpening } from "@/lib/data/treaty-snapshots";
import { fileResponse, queryRefused } from "@/lib/downloads/file-response";
import { regionFile } from "@/lib/downloads/region";
import { formatParam, parseAsOf, parseDownloadQuery } from "@/lib/validations/download-query";

type Params = { grouping: string; region: string };

export async function GET(request: NextRequest, { params }: { params: Promise<Params> }) {
  const { grouping, region } = await params;
  const found = await findRegion(grouping, region);
  if (!found) return jsonError(404, "region", `"${grouping}/${region}" is not a region this tracker knows`);
  const search = request.nextUrl.searchParams;
  const format = parseDownloadQuery({ format: formatParam }, search);
  if (!format.ok) return queryRefused(format.error);
  // The region page's range: from the first tracked treaty's opening for signature.
  const dated = parseAsOf(search, await getEarliestOpening());
  if (!dated.ok) return queryRefused(dated.error);

  const view = await getRegionView(found, dated.query.asOf);
  return fileResponse(format.query.format, regionFile(view, dated.query.asOf));
}
