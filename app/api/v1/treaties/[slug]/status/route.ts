// GET /api/v1/treaties/{slug}/status?asOf=YYYY-MM-DD&counting=deposit|in-force
// Every state's status in the treaty on a date, and the counts. Aliases such as
// "mbt" resolve to the canonical treaty; the response names the canonical slug.
import type { NextRequest } from "next/server";
import { respond } from "@/lib/api/respond";
import { statusAnswer } from "@/lib/api/status-response";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  return respond(request, await statusAnswer((await params).slug, request.nextUrl.searchParams));
}

export { preflight as OPTIONS } from "@/lib/api/respond";
