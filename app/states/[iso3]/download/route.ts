// GET /states/{ISO3}/download?format=csv|json&asOf=YYYY-MM-DD
// A state's history in every treaty, as its page shows it on a date (default today).
import type { NextRequest } from "next/server";
import { jsonError } from "@/lib/api/json-error";
import { getStateHistory } from "@/lib/data/state-history";
import { getEarliestOpening } from "@/lib/data/treaty-snapshots";
import { fileResponse, queryRefused } from "@/lib/downloads/file-response";
import { stateHistoryFile } from "@/lib/downloads/state-history";
import { formatParam, parseAsOf, parseDownloadQuery } from "@/lib/validations/download-query";

export async function GET(request: NextRequest, { params }: { params: Promise<{ iso3: string }> }) {
  const { iso3 } = await params;
  const search = request.nextUrl.searchParams;
  const format = parseDownloadQuery({ format: formatParam }, search);
  if (!format.ok) return queryRefused(format.error);
  // The state page's range: from the first tracked treaty's opening for signature.
  const dated = parseAsOf(search, await getEarliestOpening());
  if (!dated.ok) return queryRefused(dated.error);

  const history = await getStateHistory(iso3, dated.query.asOf);
  if (!history) return jsonError(404, "iso3", `"${iso3}" is not the ISO 3166 alpha-3 code of a state tracked here`);
  return fileResponse(format.query.format, stateHistoryFile(history));
}
