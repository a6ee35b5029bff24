// GET /api/v1/states: every state, with its region in each grouping.
import type { NextRequest } from "next/server";
import { respond } from "@/lib/api/respond";
import { stateListAnswer } from "@/lib/api/states";

export async function GET(request: NextRequest) {
  return respond(request, await stateListAnswer());
}

export { preflight as OPTIONS } from "@/lib/api/respond";
