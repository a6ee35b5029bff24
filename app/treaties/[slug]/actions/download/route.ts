// GET /treaties/{slug}/actions/download?format=csv|json&state=ISO3&type=...&from=YYYY-MM-DD&to=YYYY-MM-DD
// The treaty's action log (every signature, instrument, withdrawal ... with its source) as a file.
import type { NextRequest } from "next/server";
import { jsonError } from "@/lib/api/json-error";
import { getActionLog } from "@/lib/data/action-log";
import { getTreatySnapshot } from "@/lib/data/treaty-snapshots";
import { todayIso } from "@/lib/domain/dates";
import { actionLogFile, parseActionLogFilter } from "@/lib/downloads/action-log";
import { fileResponse, queryRefused } from "@/lib/downloads/file-response";
import { formatParam, parseDownloadQuery } from "@/lib/validations/download-query";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const snapshot = await getTreatySnapshot(slug);
  if (!snapshot) return jsonError(404, "slug", `"${slug}" is not a treaty this tracker knows`);
  const search = request.nextUrl.searchParams;
  const format = parseDownloadQuery({ format: formatParam }, search);
  if (!format.ok) return queryRefused(format.error);
  const filter = parseActionLogFilter(search, snapshot.stateIsos);
  if (!filter.ok) return queryRefused(filter.error);

  const actions = await getActionLog(snapshot.slug, filter.query);
  return fileResponse(format.query.format, actionLogFile(snapshot, filter.query, actions, todayIso()));
}
