// GET /api/v1/actions?treaty=&state=&type=&from=&to=&cursor=&limit=: the action log, a page at a time.
import type { NextRequest } from "next/server";
import { actionsAnswer } from "@/lib/api/actions";
import { respond } from "@/lib/api/respond";

export async function GET(request: NextRequest) {
  return respond(request, await actionsAnswer(request.nextUrl.searchParams));
}

export { preflight as OPTIONS } from "@/lib/api/respond";
