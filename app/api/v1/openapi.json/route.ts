// GET /api/v1/openapi.json: the OpenAPI 3.1 document, generated from the zod schemas of the API.
import type { NextRequest } from "next/server";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { jsonAnswer } from "@/lib/api/respond";

export function GET(request: NextRequest) {
  return jsonAnswer(request, buildOpenApiDocument());
}

export { preflight as OPTIONS } from "@/lib/api/respond";
