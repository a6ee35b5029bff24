// GET /treaties/{slug}/outside/download?format=csv|json&asOf=YYYY-MM-DD&grouping=<slug>
// The outside list (defaults: today, UN regional groups) as a file.
import type { NextRequest } from "next/server";
import { jsonError } from "@/lib/api/json-error";
import { getOutsideList } from "@/lib/data/outside-list";
import { getGroupings, getTreatySnapshot } from "@/lib/data/treaty-snapshots";
import { fileResponse, queryRefused } from "@/lib/downloads/file-response";
import { outsideListFile, parseGroupingParam } from "@/lib/downloads/outside-list";
import { formatParam, parseAsOf, parseDownloadQuery } from "@/lib/validations/download-query";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const snapshot = await getTreatySnapshot(slug);
  if (!snapshot) return jsonError(404, "slug", `"${slug}" is not a treaty this tracker knows`);
  const search = request.nextUrl.searchParams;
  const format = parseDownloadQuery({ format: formatParam }, search);
  if (!format.ok) return queryRefused(format.error);
  const dated = parseAsOf(search, {
    shortName: snapshot.shortName,
    openedForSignatureOn: snapshot.rules.openedForSignatureOn,
  });
  if (!dated.ok) return queryRefused(dated.error);
  const grouping = parseGroupingParam(search, await getGroupings());
  if (!grouping.ok) return queryRefused(grouping.error);

  const list = await getOutsideList(snapshot.slug, dated.query.asOf, grouping.query.grouping);
  if (!list) return jsonError(404, "slug", `"${slug}" is not a treaty this tracker knows`);
  return fileResponse(format.query.format, outsideListFile(list));
}
