// GET /api/v1/regions: every grouping of states into regions.
import type { NextRequest } from "next/server";
import { groupingListAnswer } from "@/lib/api/regions";
import { respond } from "@/lib/api/respond";

export async function GET(request: NextRequest) {
  return respond(request, await groupingListAnswer());
}

export { preflight as OPTIONS } from "@/lib/api/respond";
