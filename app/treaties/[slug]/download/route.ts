// GET /treaties/{slug}/download?format=csv|json&asOf=...&counting=...&status=...&grouping=...&region=...&q=...&sort=...&dir=...
// The treaty page's current view (same filters as on screen) as a file.
import type { NextRequest } from "next/server";
import { jsonError } from "@/lib/api/json-error";
import { getGroupings, getTreatySnapshot } from "@/lib/data/treaty-snapshots";
import { getTreatyView } from "@/lib/data/treaty-view";
import { fileResponse, queryRefused } from "@/lib/downloads/file-response";
import { parseTableFilters, treatyStatusFile } from "@/lib/downloads/treaty-status";
import { formatParam, parseAsOf, parseDownloadQuery } from "@/lib/validations/download-query";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const snapshot = await getTreatySnapshot(slug);
  if (!snapshot) return jsonError(404, "slug", `"${slug}" is not a treaty this tracker knows`);
  const search = request.nextUrl.searchParams;
  const format = parseDownloadQuery({ format: formatParam }, search);
  if (!format.ok) return queryRefused(format.error);
  const dates = { shortName: snapshot.shortName, openedForSignatureOn: snapshot.rules.openedForSignatureOn };
  const dated = parseAsOf(search, dates, { counting: true });
  if (!dated.ok) return queryRefused(dated.error);
  const filters = parseTableFilters(search, await getGroupings());
  if (!filters.ok) return queryRefused(filters.error);

  const view = await getTreatyView(snapshot, dated.query.asOf, dated.query.counting);
  return fileResponse(format.query.format, treatyStatusFile(view, filters.query));
}
