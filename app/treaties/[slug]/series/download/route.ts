// GET /treaties/{slug}/series/download?format=csv|json&counting=deposit|in-force&asOf=YYYY-MM-DD
// The counts on every day they changed, up to asOf (default today), as a file.
import type { NextRequest } from "next/server";
import { jsonError } from "@/lib/api/json-error";
import { getTreatySnapshot } from "@/lib/data/treaty-snapshots";
import { fileResponse, queryRefused } from "@/lib/downloads/file-response";
import { seriesFile } from "@/lib/downloads/series";
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

  return fileResponse(format.query.format, seriesFile(snapshot, dated.query.asOf, dated.query.counting));
}
