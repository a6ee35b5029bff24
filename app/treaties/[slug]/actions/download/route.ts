// GET /treaties/{slug}/actions/download?format=csv|json&state=ISO3&type=...&from=YYYY-MM-DD&to=YYYY-MM-DD
// The treaty's action log (every signature, instrument, withdrawal ... with its source) as a file.
import type { NextRequest } from "next/server";
import { getActionLog } from "@/lib/data/action-log";
import { todayIso } from "@/lib/domain/dates";
import { actionLogFile, parseActionLogFilter } from "@/lib/downloads/action-log";
import { fileResponse, queryRefused } from "@/lib/downloads/file-response";
import { treatyDownload } from "@/lib/downloads/treaty-download";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const started = await treatyDownload(request, (await params).slug);
  if (!started.ok) return started.response;
  const { snapshot, format, search } = started.download;
  const filter = parseActionLogFilter(search, snapshot.stateIsos);
  if (!filter.ok) return queryRefused(filter.error);

  const actions = await getActionLog(snapshot.slug, filter.query);
  return fileResponse(format, actionLogFile(snapshot, filter.query, actions, todayIso()));
}
