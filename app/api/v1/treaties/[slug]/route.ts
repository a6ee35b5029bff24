// GET /api/v1/treaties/{slug}?asOf=YYYY-MM-DD: one treaty, its rules and its targets' progress.
import type { NextRequest } from "next/server";
import { respond } from "@/lib/api/respond";
import { treatyAnswer } from "@/lib/api/treaties";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  return respond(request, await treatyAnswer((await params).slug, request.nextUrl.searchParams));
}

export { preflight as OPTIONS } from "@/lib/api/respond";
