// Public pages keep their date in the query string so any view can be shared
// (/treaties/ccm?asOf=2020-08-06&counting=in-force), but a query string makes a
// Next.js page dynamic: rendered on every request. proxy.ts therefore rewrites
// such URLs to internal path segments (/treaties/ccm/on/2020-08-06/in-force),
// which Next renders once and then serves from its cache. Plain treaty and
// region URLs have routes of their own and are never rewritten; the plain home
// page is (/ -> /on/today, see proxy.ts).
import { treatyPeriodPath } from "../data/treaty-period-path";

const segment = (value: string | null, fallback: string) => encodeURIComponent(value ?? fallback);

/**
 * The internal path for the home page or a public URL with a query, or null if
 * it is not one of the dated pages. Bad values are passed on as they are: the page then says
 * what is wrong with them.
 */
export async function viewPathFor(pathname: string, query: URLSearchParams): Promise<string | null> {
  const asOf = query.get("asOf");
  const [, section, first, second, ...rest] = pathname.split("/");
  if (pathname === "/") return `/on/${segment(asOf, "today")}`;
  if (section === "regions" && first && second && rest.length === 0) return `/regions/${first}/${second}/on/${segment(asOf, "today")}`;
  if (section === "treaties" && first && second === undefined) {
    const counting = query.get("counting");
    // A dated link goes to the page of its period, shared by every day in it (lib/domain/periods.ts).
    // If the data cannot be read, the exact path still renders - and reports the problem.
    const period = asOf === null ? null : await treatyPeriodPath(decodeURIComponent(first), { asOf, counting }).catch(() => null);
    return period ?? `/treaties/${first}/on/${segment(asOf, "today")}/${segment(counting, "deposit")}`;
  }
  return null;
}
