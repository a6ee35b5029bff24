// GET /api/v1/regions/{grouping}?asOf=&counting=&treaty=: each region's counts per treaty on a date.
import type { NextRequest } from "next/server";
import { regionBreakdownAnswer } from "@/lib/api/regions";
import { respond } from "@/lib/api/respond";

export async function GET(request: NextRequest, { params }: { params: Promise<{ grouping: string }> }) {
  return respond(request, await regionBreakdownAnswer((await params).grouping, request.nextUrl.searchParams));
}

export { preflight as OPTIONS } from "@/lib/api/respond";
