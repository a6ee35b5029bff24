// Rewrites public URLs with a date or counting rule in the query to the
// internal paths that Next renders once and then serves from its cache
// (lib/routing/view-routes.ts). A dated treaty link goes to the cached page of the
// period containing its date, so a date nobody asked for before is still a
// cache hit; the browser keeps its URL, and the few components that show the
// exact day read it there (components/treaties/requested-date.tsx).
//
// Only the home page, URLs with such a query and internal paths typed in
// directly run this (see `config`). A refused date or counting rule is answered
// 400, with the page that says which parameter and why. The plain treaty and region links have
// routes of their own and next.config.js has no rewrites, which Next would
// evaluate on every request. The proxy shares the in-memory treaty data with the
// pages (both keep it on globalThis), so placing a date costs a lookup, not a query.
//
// It also gives each page rendered per request (admin, the index pages) a
// script nonce: see lib/http/script-policy.ts.
import { NextResponse, type NextRequest } from "next/server";
import { NO_STORE } from "@/lib/http/cache-policy";
import { newNonce, policyWithNonce, SCRIPT_POLICY_HEADER } from "@/lib/http/script-policy";
import { viewRouteFor } from "@/lib/routing/view-routes";

/** Pages rendered for each request, never cached: their scripts carry a nonce made here (and `config` lists them). */
export const PER_REQUEST_PAGES = ["/treaties", "/regions", "/api", "/admin/:path*"];
const ANY_BELOW = "/:path*";
const isRenderedPerRequest = (path: string) =>
  PER_REQUEST_PAGES.some((page) =>
    page.endsWith(ANY_BELOW)
      ? path === page.slice(0, -ANY_BELOW.length) || path.startsWith(page.slice(0, -ANY_BELOW.length + 1))
      : path === page,
  );

/**
 * Next reads the nonce from the request's policy and puts it on every script it
 * writes; the answer carries the same policy. `next dev` runs React's eval-based
 * tooling, so the policy is for production builds, like the rest (next.config.js).
 */
function withScriptNonce(request: NextRequest): NextResponse {
  if (process.env.NODE_ENV !== "production") return NextResponse.next();
  const policy = policyWithNonce(newNonce());
  const headers = new Headers(request.headers);
  headers.set(SCRIPT_POLICY_HEADER, policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(SCRIPT_POLICY_HEADER, policy);
  return response;
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  if (isRenderedPerRequest(request.nextUrl.pathname)) return withScriptNonce(request);
  const route = await viewRouteFor(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (!route) return NextResponse.next();
  // The query is dropped: the page reads what it needs of it in the browser
  // (Next keeps its own client-navigation parameter apart and adds it back).
  const target = request.nextUrl.clone();
  target.pathname = route.path;
  target.search = "";
  // A refused date or counting rule still gets the page that explains it, as a 400
  // that no shared cache keeps (Next sends its own Cache-Control only when none is set).
  if (!route.refused) return NextResponse.rewrite(target);
  return NextResponse.rewrite(target, { status: 400, headers: { "Cache-Control": NO_STORE } });
}

// Literal values only: Next reads the matcher at build time. The same sources,
// with their handlers, are the table in lib/routing/view-routes.ts; its
// integration test fails if the two lists or the routes under app/ disagree.
export const config = {
  matcher: [
    // The home page has no path parameter, so as app/page.tsx it would be prerendered by
    // `next build`, which has no database: / is served from /on/today instead.
    { source: "/" },
    { source: "/treaties/:slug", has: [{ type: "query", key: "asOf" }] },
    { source: "/treaties/:slug", has: [{ type: "query", key: "counting" }] },
    { source: "/regions/:grouping/:region", has: [{ type: "query", key: "asOf" }] },
    { source: "/states/:iso3", has: [{ type: "query", key: "asOf" }] },
    { source: "/treaties/:slug/outside", has: [{ type: "query", key: "asOf" }] },
    { source: "/treaties/:slug/outside", has: [{ type: "query", key: "grouping" }] },
    // Internal paths typed in directly: a treaty one to its period's page, any refused one as a 400.
    { source: "/treaties/:slug/on/:asOf/:counting" },
    { source: "/on/:asOf" },
    { source: "/regions/:grouping/:region/on/:asOf" },
    { source: "/states/:iso3/on/:asOf" },
    { source: "/treaties/:slug/outside/on/:asOf/:grouping" },
    // Pages rendered per request, for their script nonce (PER_REQUEST_PAGES).
    { source: "/treaties" },
    { source: "/regions" },
    { source: "/api" },
    { source: "/admin/:path*" },
  ],
};
