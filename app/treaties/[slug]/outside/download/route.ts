// GET /treaties/{slug}/outside/download?format=csv|json&asOf=YYYY-MM-DD&grouping=<slug>
// The outside list (defaults: today, UN regional groups) as a file.
import type { NextRequest } from "next/server";
import { jsonError } from "@/lib/api/json-error";
import { getOutsideList } from "@/lib/data/outside-list";
import { getGroupings } from "@/lib/data/treaty-snapshots";
import { fileResponse, queryRefused } from "@/lib/downloads/file-response";
import { datesOf, treatyDownload } from "@/lib/downloads/treaty-download";
import { outsideListFile, parseGroupingParam } from "@/lib/downloads/outside-list";
import { parseAsOf } from "@/lib/validations/download-query";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const started = await treatyDownload(request, (await params).slug);
  if (!started.ok) return started.response;
  const { snapshot, format, search } = started.download;
  const dated = parseAsOf(search, datesOf(snapshot));
  if (!dated.ok) return queryRefused(dated.error);
  const grouping = parseGroupingParam(search, await getGroupings());
  if (!grouping.ok) return queryRefused(grouping.error);

  const list = await getOutsideList(snapshot.slug, dated.query.asOf, grouping.query.grouping);
  if (!list) return jsonError(404, "slug", `"${snapshot.slug}" is not a treaty this tracker knows`);
  return fileResponse(format, outsideListFile(list));
}
