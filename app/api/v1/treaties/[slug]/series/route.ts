// GET /api/v1/treaties/{slug}/series?counting=deposit|in-force: the counts over the treaty's history.
import type { NextRequest } from "next/server";
import { respond } from "@/lib/api/respond";
import { seriesAnswer } from "@/lib/api/series";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  return respond(request, await seriesAnswer((await params).slug, request.nextUrl.searchParams));
}

export { preflight as OPTIONS } from "@/lib/api/respond";
