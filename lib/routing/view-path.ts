// Public pages keep their date in the query string so any view can be shared
// (/treaties/ccm?asOf=2020-08-06&counting=in-force), but a query string makes a
// Next.js page dynamic: rendered on every request. proxy.ts therefore rewrites
// such URLs to internal path segments (/treaties/ccm/on/2020-08-06/in-force),
// which Next renders once and then serves from its cache. Plain treaty and
// region URLs have routes of their own and are never rewritten; the plain home
// page is (/ -> /on/today, see proxy.ts).
import { treatyPeriodPath } from "../data/treaty-period-path";

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

/** A dated treaty view goes to the page of its period, shared by every day in it (lib/domain/periods.ts). */
async function treatyPath(slug: string, asOf: string | null, counting: string | null): Promise<string> {
  const decodedSlug = decodedOrNull(slug);
  // If the data cannot be read, the exact path still renders - and reports the problem.
  const period = asOf && decodedSlug ? await treatyPeriodPath(decodedSlug, { asOf, counting }).catch(() => null) : null;
  return period ?? `/treaties/${slug}/on/${segment(asOf, "today")}/${segment(counting, "deposit")}`;
}

/**
 * The internal path for the home page, a public URL with a query, or an
 * internal treaty path typed in directly (sent to its period's page too, so a
 * crawler walking dates cannot fill the cache with copies); null if the URL is
 * not one of these.
 */
export async function viewPathFor(pathname: string, query: URLSearchParams): Promise<string | null> {
  const asOf = query.get("asOf");
  const [, section, first, second, third, fourth, ...rest] = pathname.split("/");
  if (pathname === "/") return `/on/${segment(asOf, "today")}`;
  if (section === "regions" && first && second && third === undefined) return `/regions/${first}/${second}/on/${segment(asOf, "today")}`;
  if (section !== "treaties" || !first) return null;
  if (second === undefined) return treatyPath(first, asOf, query.get("counting"));
  if (second === "on" && third && fourth && rest.length === 0 && third !== "today") {
    const path = await treatyPath(first, decodedOrNull(third), decodedOrNull(fourth));
    return path === pathname ? null : path;
  }
  return null;
}
