// What proxy.ts does with each URL it sees: a table of named URL patterns (in
// Next's matcher syntax, the same sources as proxy.ts `config.matcher`) with
// the handler that picks the internal path (lib/routing/view-paths.ts).
//
// - Public URLs with a query go to the internal path of their view; a dated
//   treaty link to the page of its period (lib/routing/treaty-placement.ts).
// - Internal paths typed in directly are left alone, unless a treaty date
//   belongs to another period's page or the value is refused.
// - A refused date or counting rule goes to the one page of its view that
//   explains it, answered 400: bad values never become cache entries of their own.
//
// view-routes.integration.test.ts checks that this table, the proxy's matcher
// and the routes under app/ agree.
import { match } from "path-to-regexp";
import { DEFAULT_GROUPING } from "../domain/regions";
import { getEarliestOpening, getGroupings, getTreatySnapshot } from "../data/treaty-snapshots";
import { parseOutsideSegments } from "../validations/outside-segments";
import { decodedOrNull, parseViewSegments } from "../validations/view-segments";
import { placeTreatyView } from "./treaty-placement";
import {
  homeViewPath,
  INVALID_SEGMENT,
  outsideViewPath,
  regionViewPath,
  stateViewPath,
  treatyViewPath,
} from "./view-paths";

/** Where proxy.ts sends a request, and whether its query is refused (the page then explains, with status 400). */
export type ViewRoute = { path: string; refused: boolean };

type Params = Record<string, string>;
type Handler = (params: Params, query: URLSearchParams, pathname: string) => Promise<ViewRoute | null>;

/**
 * A query value as one path segment. Only letters, digits, "-" and "_" pass:
 * anything else (a "..", a "/") could make the rewritten path name another
 * route, so it becomes "invalid", which the page reports as a bad parameter.
 * An empty value counts as absent.
 */
function segment(value: string | null | undefined, fallback: string): string {
  if (!value) return fallback;
  return /^[\w-]+$/.test(value) ? value : INVALID_SEGMENT;
}

/** A path segment typed in: one that is not a valid escape is an invalid value, not dropped. */
const typed = (value: string | undefined) => segment(decodedOrNull(value ?? "") ?? INVALID_SEGMENT, INVALID_SEGMENT);

/** A treaty view: a dated one goes to the page of its period, a refused one to its treaty's page for that error. */
async function treatyRoute(slug: string, asOf: string | null, counting: string | null): Promise<ViewRoute> {
  const segments = { asOf: segment(asOf, "today"), counting: segment(counting, "deposit") };
  const decodedSlug = decodedOrNull(slug);
  // If the data cannot be read, the exact path still renders - and reports the problem.
  const placement = decodedSlug ? await placeTreatyView(decodedSlug, segments).catch(() => null) : null;
  if (placement?.kind === "period") return { path: placement.path, refused: false };
  if (placement?.kind === "refused") return { path: placement.path, refused: true };
  return { path: treatyViewPath(slug, segments.asOf, segments.counting), refused: false };
}

/** A home or region view on `asOf` (a date or "today"); refused when the page would refuse it. */
async function datedRoute(pathOn: (asOf: string) => string, asOf: string): Promise<ViewRoute> {
  if (asOf === "today") return { path: pathOn(asOf), refused: false }; // the plain home page: no lookup
  const earliest = await getEarliestOpening().catch(() => null);
  const refused = earliest !== null && !parseViewSegments({ asOf }, earliest).ok;
  return refused ? { path: pathOn(INVALID_SEGMENT), refused } : { path: pathOn(asOf), refused };
}

/**
 * A treaty's outside list on a date, by a grouping: one cached page per treaty (canonical
 * slug), date and grouping, like a region's; every refused date of a treaty goes to one
 * page, every refused grouping to another.
 */
async function outsideRoute(slug: string, asOf: string, grouping: string): Promise<ViewRoute> {
  const decodedSlug = decodedOrNull(slug);
  // If the data cannot be read, the exact path still renders - and reports the problem.
  const [snapshot, groupings] = await Promise.all([
    decodedSlug ? getTreatySnapshot(decodedSlug).catch(() => null) : null,
    getGroupings().catch(() => null),
  ]);
  if (!snapshot || !groupings) return { path: outsideViewPath(slug, asOf, grouping), refused: false };
  const dates = { shortName: snapshot.shortName, openedForSignatureOn: snapshot.rules.openedForSignatureOn };
  const parsed = parseOutsideSegments({ asOf, grouping }, dates, groupings);
  if (parsed.ok) return { path: outsideViewPath(snapshot.slug, asOf, grouping), refused: false };
  return parsed.error.parameter === "asOf"
    ? { path: outsideViewPath(snapshot.slug, INVALID_SEGMENT, DEFAULT_GROUPING), refused: true }
    : { path: outsideViewPath(snapshot.slug, "today", INVALID_SEGMENT), refused: true };
}

/** An internal path typed in needs no rewrite unless it belongs elsewhere or is refused. */
async function typedIn(pathname: string, route: Promise<ViewRoute>): Promise<ViewRoute | null> {
  const resolved = await route;
  return resolved.path === pathname && !resolved.refused ? null : resolved;
}

const queryDate = (query: URLSearchParams) => segment(query.get("asOf"), "today");

/** Every pattern proxy.ts runs for, by name. `pattern` uses the syntax of Next's matcher (path-to-regexp). */
export const VIEW_ROUTES: readonly { name: string; pattern: string; handle: Handler }[] = [
  {
    name: "home (plain or with ?asOf)",
    pattern: "/",
    handle: (_params, query) => datedRoute(homeViewPath, queryDate(query)),
  },
  {
    name: "home on a date, typed in",
    pattern: "/on/:asOf",
    handle: (params, _query, pathname) => typedIn(pathname, datedRoute(homeViewPath, typed(params.asOf))),
  },
  {
    name: "treaty with ?asOf or ?counting",
    pattern: "/treaties/:slug",
    handle: (params, query) => treatyRoute(params.slug ?? "", query.get("asOf"), query.get("counting")),
  },
  {
    name: "treaty on a date, typed in",
    pattern: "/treaties/:slug/on/:asOf/:counting",
    handle: (params, _query, pathname) =>
      typedIn(pathname, treatyRoute(params.slug ?? "", typed(params.asOf), typed(params.counting))),
  },
  {
    name: "region with ?asOf",
    pattern: "/regions/:grouping/:region",
    handle: ({ grouping = "", region = "" }, query) =>
      datedRoute((asOf) => regionViewPath(grouping, region, asOf), queryDate(query)),
  },
  {
    name: "region on a date, typed in",
    pattern: "/regions/:grouping/:region/on/:asOf",
    handle: ({ grouping = "", region = "", asOf }, _query, pathname) =>
      typedIn(
        pathname,
        datedRoute((date) => regionViewPath(grouping, region, date), typed(asOf)),
      ),
  },
  {
    name: "state with ?asOf",
    pattern: "/states/:iso3",
    // The plain link has a route of its own (app/states/[iso3]/page.tsx): only a query is rewritten.
    handle: async ({ iso3 = "" }, query) =>
      query.has("asOf") ? datedRoute((asOf) => stateViewPath(iso3, asOf), queryDate(query)) : null,
  },
  {
    name: "state on a date, typed in",
    pattern: "/states/:iso3/on/:asOf",
    handle: ({ iso3 = "", asOf }, _query, pathname) =>
      typedIn(
        pathname,
        datedRoute((date) => stateViewPath(iso3, date), typed(asOf)),
      ),
  },
  {
    name: "outside list with ?asOf or ?grouping",
    pattern: "/treaties/:slug/outside",
    handle: (params, query) =>
      outsideRoute(params.slug ?? "", queryDate(query), segment(query.get("grouping"), DEFAULT_GROUPING)),
  },
  {
    name: "outside list on a date by a grouping, typed in",
    pattern: "/treaties/:slug/outside/on/:asOf/:grouping",
    handle: (params, _query, pathname) =>
      typedIn(pathname, outsideRoute(params.slug ?? "", typed(params.asOf), typed(params.grouping))),
  },
];

// Segments stay as sent (decode: false): the handlers decode them and report a malformed escape.
const matchers = VIEW_ROUTES.map((route) => ({ ...route, match: match<Params>(route.pattern, { decode: false }) }));

/**
 * The internal path for a URL proxy.ts runs for; null if the URL is none of
 * the patterns, or needs neither a rewrite nor a 400.
 */
export async function viewRouteFor(pathname: string, query: URLSearchParams): Promise<ViewRoute | null> {
  for (const route of matchers) {
    const found = route.match(pathname);
    if (found) return route.handle(found.params, query, pathname);
  }
  return null;
}
