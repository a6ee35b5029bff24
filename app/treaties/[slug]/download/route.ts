// GET /treaties/{slug}/download?format=csv|json&asOf=...&counting=...&status=...&grouping=...&region=...&q=...&sort=...&dir=...
// The treaty page's current view (same filters as on screen) as a file.
import type { NextRequest } from "next/server";
import { getGroupings } from "@/lib/data/treaty-snapshots";
import { getTreatyView } from "@/lib/data/treaty-view";
import { fileResponse, queryRefused } from "@/lib/downloads/file-response";
import { datesOf, treatyDownload } from "@/lib/downloads/treaty-download";
import { parseTableFilters, treatyStatusFile } from "@/lib/downloads/treaty-status";
import { parseAsOf } from "@/lib/validations/download-query";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const started = await treatyDownload(request, (await params).slug);
  if (!started.ok) return started.response;
  const { snapshot, format, search } = started.download;
  const dated = parseAsOf(search, datesOf(snapshot), { counting: true });
  if (!dated.ok) return queryRefused(dated.error);
  const filters = parseTableFilters(search, await getGroupings());
  if (!filters.ok) return queryRefused(filters.error);

  const view = await getTreatyView(snapshot, dated.query.asOf, dated.query.counting);
  return fileResponse(format, treatyStatusFile(view, filters.query));
}
