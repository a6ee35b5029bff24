// GET /states/{ISO3}/download?format=csv|json
// A state's history in every treaty, as its page shows it today.
import type { NextRequest } from "next/server";
import { jsonError } from "@/lib/api/json-error";
import { getStateHistory } from "@/lib/data/state-history";
import { fileResponse, queryRefused } from "@/lib/downloads/file-response";
import { stateHistoryFile } from "@/lib/downloads/state-history";
import { formatParam, parseDownloadQuery } from "@/lib/validations/download-query";

export async function GET(request: NextRequest, { params }: { params: Promise<{ iso3: string }> }) {
  const { iso3 } = await params;
  const history = await getStateHistory(iso3);
  if (!history) return jsonError(404, "iso3", `"${iso3}" is not the ISO 3166 alpha-3 code of a state tracked here`);
  const format = parseDownloadQuery({ format: formatParam }, request.nextUrl.searchParams);
  if (!format.ok) return queryRefused(format.error);
  return fileResponse(format.query.format, stateHistoryFile(history));
}
