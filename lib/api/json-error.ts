import type { NextResponse } from "next/server";
import { jsonAnswer } from "./respond";
import { errorBody } from "./result";

/** An answer in the API's error shape, with the API's headers (lib/api/respond.ts): readable from any site, never stale. */
export function jsonError(status: number, parameter: string, message: string): NextResponse {
  return jsonAnswer(null, errorBody(parameter, message), status);
}
