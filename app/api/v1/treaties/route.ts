// GET /api/v1/treaties: every treaty tracked here (lib/api/endpoints.ts documents each endpoint).
import type { NextRequest } from "next/server";
import { respond } from "@/lib/api/respond";
import { treatyListAnswer } from "@/lib/api/treaties";

export async function GET(request: NextRequest) {
  return respond(request, await treatyListAnswer());
}

export { preflight as OPTIONS } from "@/lib/api/respond";
