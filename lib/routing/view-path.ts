// Public pages keep their date in the query string so any view can be shared
// (/treaties/ccm?asOf=2020-08-06&counting=in-force), but a query string makes a
// Next.js page dynamic: rendered on every request. proxy.ts therefore rewrites
// such URLs to internal path segments (/treaties/ccm/on/2020-08-06/in-force),
// which Next renders once and then serves from its cache. Plain treaty and
// region URLs have routes of their own and are never rewritten; the plain home
// page is (/ -> /on/today, see proxy.ts).
import { placeTreatyView } from "../data/treaty-period-path";
import { getEarliestOpening } from "../data/treaty-snapshot";
import { decodedOrNull, parseViewSegments } from "../data/view-params";

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

/** Where proxy.ts sends a request, and whether its query is refused (the page then explains, with status 400). */
export type ViewRoute = { path: string; refused: boolean };

/**
 * A treaty view: a dated one goes to the page of its period, shared by every
 * day in it (lib/domain/periods.ts). Refused exactly when the page at the path
 * would refuse its segments.
 */
async function treatyRoute(slug: string, asOf: string | null, counting: string | null): Promise<ViewRoute> {
  const segments = { asOf: segment(asOf, "today"), counting: segment(counting, "deposit") };
  const exact = `/treaties/${slug}/on/${segments.asOf}/${segments.counting}`;
  const decodedSlug = decodedOrNull(slug);
  // If the data cannot be read, the exact path still renders - and reports the problem.
  const placement = decodedSlug ? await placeTreatyView(decodedSlug, segments).catch(() => null) : null;
  if (placement?.kind === "period") return { path: placement.path, refused: false };
  return { path: exact, refused: placement?.kind === "refused" };
}

/** A home or region view on `asOfSegment` (a date or "today"), refused when the page would refuse it. */
async function datedRoute(path: string, asOfSegment: string): Promise<ViewRoute> {
  if (asOfSegment === "today") return { path, refused: false }; // the plain home page: no lookup
  const earliest = await getEarliestOpening().catch(() => null);
  return { path, refused: earliest !== null && !parseViewSegments({ asOf: asOfSegment }, earliest).ok };
}

/** An internal path typed in directly needs no rewrite unless it is refused (then the same path, as a 400). */
const unlessSame = (pathname: string, route: ViewRoute): ViewRoute | null =>
  route.path === pathname && !route.refused ? null : route;

/**
 * The internal path for the home page, a public URL with a query, or an
 * internal path typed in directly (a treaty one is sent to its period's page,
 * so a crawler walking dates cannot fill the cache with copies); null if the
 * URL is none of these, or needs neither a rewrite nor a 400.
 */
export async function viewRouteFor(pathname: string, query: URLSearchParams): Promise<ViewRoute | null> {
  const asOf = segment(query.get("asOf"), "today");
  const [, section, first, second, third, fourth, ...rest] = pathname.split("/");
  // A path segment that is not a valid escape is reported as an invalid value, not dropped.
  const typed = (value: string) => segment(decodedOrNull(value) ?? "invalid", "invalid");
  if (pathname === "/") return datedRoute(`/on/${asOf}`, asOf);
  if (section === "on" && first && second === undefined)
    return unlessSame(pathname, await datedRoute(pathname, typed(first)));
  if (section === "regions" && first && second && third === undefined)
    return datedRoute(`/regions/${first}/${second}/on/${asOf}`, asOf);
  if (section === "regions" && first && second && third === "on" && fourth && rest.length === 0)
    return unlessSame(pathname, await datedRoute(pathname, typed(fourth)));
  if (section !== "treaties" || !first) return null;
  if (second === undefined) return treatyRoute(first, query.get("asOf"), query.get("counting"));
  if (second === "on" && third && fourth && rest.length === 0)
    return unlessSame(pathname, await treatyRoute(first, typed(third), typed(fourth)));
  return null;
}
