// GET /api/v1/states/{iso3}?counting=deposit|in-force: one state's history across every treaty.
import type { NextRequest } from "next/server";
import { respond } from "@/lib/api/respond";
import { stateAnswer } from "@/lib/api/states";

export async function GET(request: NextRequest, { params }: { params: Promise<{ iso3: string }> }) {
  return respond(request, await stateAnswer((await params).iso3, request.nextUrl.searchParams));
}

export { preflight as OPTIONS } from "@/lib/api/respond";
