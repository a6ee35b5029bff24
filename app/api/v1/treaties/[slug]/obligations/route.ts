// GET /api/v1/treaties/{slug}/obligations?asOf=YYYY-MM-DD: stockpile destruction and
// clearance across the treaty's States Parties on a date, each state's standing sourced.
import type { NextRequest } from "next/server";
import { obligationsAnswer } from "@/lib/api/obligations";
import { respond } from "@/lib/api/respond";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  return respond(request, await obligationsAnswer((await params).slug, request.nextUrl.searchParams));
}

export { preflight as OPTIONS } from "@/lib/api/respond";
