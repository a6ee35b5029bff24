// The JSON API's shared response plumbing, for answers and errors alike: the
// JSON body, a weak ETag (a hash of the body; weak, as the body may be sent
// compressed) with If-None-Match answered 304, the cache and CORS headers
// (lib/api/http-policy.ts), and the CORS preflight.
import { createHash } from "node:crypto";
import { NextResponse } from "next/server";
import { NO_STORE } from "../http/cache-policy";
import { CACHE_CONTROL, CORS_HEADERS as CORS } from "./http-policy";
import { errorBody, type ApiResult } from "./result";

export function weakEtag(text: string): string {
  return `W/"${createHash("sha1").update(text).digest("base64url")}"`;
}

/** If-None-Match holds the tag, or `*` (weak comparison: W/ prefixes ignored). */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

/** The headers of every API answer but the body's type; an error is never kept by a cache. */
export function apiHeaders(etag: string, status = 200): Record<string, string> {
  return { ...CORS, "Cache-Control": status < 400 ? CACHE_CONTROL : NO_STORE, ETag: etag };
}

/** A JSON answer with its status; a 200 whose ETag the request already holds becomes a bodiless 304. */
export function jsonAnswer(request: Request | null, body: unknown, status = 200): NextResponse {
  const json = JSON.stringify(body);
  const etag = weakEtag(json);
  // Preconditions apply to a successful answer only (RFC 9110 13.2.1): an error is always sent.
  if (status === 200 && request && etagMatches(request.headers.get("if-none-match"), etag)) {
    return new NextResponse(null, { status: 304, headers: apiHeaders(etag) });
  }
  return new NextResponse(json, {
    status,
    headers: { ...apiHeaders(etag, status), "Content-Type": "application/json" },
  });
}

/** The route's answer: the body an endpoint function built, or its problem in the API's error shape. */
export function respond<T>(request: Request, result: ApiResult<T>): NextResponse {
  if (result.ok) return jsonAnswer(request, result.body);
  const { status, parameter, message } = result.problem;
  return jsonAnswer(null, errorBody(parameter, message), status);
}

/** OPTIONS: the CORS preflight a browser sends before a GET with headers of its own (If-None-Match ...). */
export function preflight(): NextResponse {
  return new NextResponse(null, {
    status: 204,
    headers: {
      ...CORS,
      Allow: "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "*",
      "Access-Control-Max-Age": "86400",
      "Cache-Control": CACHE_CONTROL,
    },
  });
}
