// Public pages keep their date in the query string so any view can be shared
// (/treaties/ccm?asOf=2020-08-06&counting=in-force), but a query string makes a
// Next.js page dynamic: rendered on every request. proxy.ts therefore rewrites
// such URLs to internal path segments (/treaties/ccm/on/2020-08-06/in-force),
// which Next renders once and then serves from its cache. Plain treaty and
// region URLs have routes of their own and are never rewritten; the plain home
// page is (/ -> /on/today, see proxy.ts).
import { placeTreatyQuery } from "../data/treaty-period-path";
import { getEarliestOpening } from "../data/treaty-snapshot";
import { parseStatusQuery } from "../validations/status-query";

/**
 * A query value as one path segment. Only letters, digits, "-" and "_" pass:
 * anything else (a "..", a "/") could make the rewritten path name another
 * route, so it becomes "invalid", which the page reports as a bad parameter.
 * An empty value counts as absent.
 */
function segment(value: string | null, fallback: string): string {
  if (!value) return fallback;
  return /^[\w-]+$/.test(value) ? value : "invalid";
}

/** decodeURIComponent, or null for a malformed escape ("%E0") instead of an exception. */
export function decodedOrNull(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** Where proxy.ts sends a request, and whether its query is refused (the page then explains, with status 400). */
export type ViewRoute = { path: string; refused: boolean };

/** A dated treaty view goes to the page of its period, shared by every day in it (lib/domain/periods.ts). */
async function treatyRoute(slug: string, asOf: string | null, counting: string | null): Promise<ViewRoute> {
  const exact = `/treaties/${slug}/on/${segment(asOf, "today")}/${segment(counting, "deposit")}`;
  const decodedSlug = decodedOrNull(slug);
  // If the data cannot be read, the exact path still renders - and reports the problem.
  const placement = decodedSlug ? await placeTreatyQuery(decodedSlug, { asOf: asOf || null, counting: counting || null }).catch(() => null) : null;
  if (placement?.kind === "period") return { path: placement.path, refused: false };
  return { path: exact, refused: placement?.kind === "refused" };
}

/** A dated home or region view: refused when the date is not one any page accepts. */
async function datedRoute(path: string, asOf: string | null): Promise<ViewRoute> {
  if (!asOf) return { path, refused: false };
  const earliest = await getEarliestOpening().catch(() => null);
  return { path, refused: earliest !== null && !parseStatusQuery({ asOf }, earliest).ok };
}

/**
 * The internal path for the home page, a public URL with a query, or an
 * internal treaty path typed in directly (sent to its period's page too, so a
 * crawler walking dates cannot fill the cache with copies); null if the URL is
 * not one of these, or needs no rewrite and is valid.
 */
export async function viewRouteFor(pathname: string, query: URLSearchParams): Promise<ViewRoute | null> {
  const asOf = query.get("asOf");
  const [, section, first, second, third, fourth, ...rest] = pathname.split("/");
  if (pathname === "/") return datedRoute(`/on/${segment(asOf, "today")}`, asOf);
  if (section === "regions" && first && second && third === undefined) return datedRoute(`/regions/${first}/${second}/on/${segment(asOf, "today")}`, asOf);
  if (section !== "treaties" || !first) return null;
  if (second === undefined) return treatyRoute(first, asOf, query.get("counting"));
  if (second === "on" && third && fourth && rest.length === 0 && third !== "today") {
    const route = await treatyRoute(first, decodedOrNull(third), decodedOrNull(fourth));
    return route.path === pathname && !route.refused ? null : route;
  }
  return null;
}
