// GET /treaties/{slug}/series/download?format=csv|json&counting=deposit|in-force&asOf=YYYY-MM-DD
// The counts on every day they changed, up to asOf (default today), as a file.
import type { NextRequest } from "next/server";
import { fileResponse, queryRefused } from "@/lib/downloads/file-response";
import { datesOf, treatyDownload } from "@/lib/downloads/treaty-download";
import { seriesFile } from "@/lib/downloads/series";
import { parseAsOf } from "@/lib/validations/download-query";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const started = await treatyDownload(request, (await params).slug);
  if (!started.ok) return started.response;
  const { snapshot, format, search } = started.download;
  const dated = parseAsOf(search, datesOf(snapshot), { counting: true });
  if (!dated.ok) return queryRefused(dated.error);

  return fileResponse(format, seriesFile(snapshot, dated.query.asOf, dated.query.counting));
}
