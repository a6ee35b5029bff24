// Responses that must never be served from before an admin's save (feeds, the
// embeddable widget and badge): any cache may keep them but must ask again
// before each reuse, and the ETag (a hash of the body) lets it reuse them with
// a 304 while nothing changed. Bodies are a few kilobytes, so hashing them is
// cheap; the cached HTML pages have no ETag for the opposite reason
// (bench/README.md, first pages run: ETags off).
import { createHash } from "node:crypto";

import { PUBLIC_CACHE_CONTROL as MUST_REVALIDATE } from "./http/cache-policy";

/** Weak: the server may compress the body on its way out, and a weak tag still allows a 304. */
function etagOf(body: string): string {
  return `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** Whether an If-None-Match header names this ETag (compared weakly, as RFC 9110 asks for If-None-Match; in a list, or "*"). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === "*" || tag === etag.replace(/^W\//, ""));
}

export function revalidatedResponse(request: Request, body: string, headers: Record<string, string>): Response {
  const etag = etagOf(body);
  const all = { ...headers, ETag: etag, "Cache-Control": MUST_REVALIDATE };
  if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: all });
  return new Response(body, { status: 200, headers: all });
}
