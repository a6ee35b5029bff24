// A shared treaty link (/treaties/ccm?asOf=2020-08-06) is served from the
// cached page of the period containing its date: nothing takes effect between
// two turning points, so every day of a period shows the same page
// (lib/domain/periods.ts). A date nobody asked for before is then a cache hit,
// not a new render. The browser keeps its URL; the date itself is shown by
// small client components that read it (components/treaties/requested-date.tsx).
//
// Only links with ?asOf run this (see `config`); anything it cannot place - an
// unknown treaty, a bad date - goes on unchanged to next.config.js's rewrites,
// and the page explains the problem. It shares the in-memory treaty data with
// the pages (both keep it on globalThis), so it costs a lookup, not a query.
import { NextResponse, type NextRequest } from "next/server";
import { treatyPeriodPath } from "@/lib/data/treaty-period-path";

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const slug = request.nextUrl.pathname.split("/")[2] ?? "";
  const { searchParams } = request.nextUrl;
  const path = await treatyPeriodPath(decodeURIComponent(slug), { asOf: searchParams.get("asOf"), counting: searchParams.get("counting") }).catch(() => null);
  if (!path) return NextResponse.next();
  const target = request.nextUrl.clone();
  target.pathname = path;
  target.search = "";
  return NextResponse.rewrite(target);
}

export const config = {
  matcher: [{ source: "/treaties/:slug", has: [{ type: "query", key: "asOf" }] }],
};
