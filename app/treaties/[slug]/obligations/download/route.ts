// GET /treaties/{slug}/obligations/download?format=csv|json&asOf=YYYY-MM-DD
// Stockpile destruction and clearance on a date (default today), one row per
// State Party in force per obligation, as a file.
import type { NextRequest } from "next/server";
import { fileResponse, queryRefused } from "@/lib/downloads/file-response";
import { datesOf, treatyDownload } from "@/lib/downloads/treaty-download";
import { treatyObligationsFile } from "@/lib/downloads/treaty-obligations";
import { parseAsOf } from "@/lib/validations/download-query";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const started = await treatyDownload(request, (await params).slug);
  if (!started.ok) return started.response;
  const { snapshot, format, search } = started.download;
  const dated = parseAsOf(search, datesOf(snapshot));
  if (!dated.ok) return queryRefused(dated.error);

  return fileResponse(format, treatyObligationsFile(snapshot, dated.query.asOf));
}
