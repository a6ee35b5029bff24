// The internal paths of the cached views. Public URLs carry their date and
// counting rule in the query (/treaties/ccm?asOf=2020-08-06); proxy.ts rewrites
// them to these paths, which Next renders once and serves from its page cache.
// Each has a route under app/ (see lib/routing/view-routes.ts).

/** The asOf or counting segment of every refused view: one cached page per view and parameter. */
export const INVALID_SEGMENT = "invalid";

/** app/on/[asOf]/page.tsx */
export const homeViewPath = (asOf: string): string => `/on/${asOf}`;

/** app/treaties/[slug]/on/[asOf]/[counting]/page.tsx */
export const treatyViewPath = (slug: string, asOf: string, counting: string): string =>
  `/treaties/${slug}/on/${asOf}/${counting}`;

/** app/regions/[grouping]/[region]/on/[asOf]/page.tsx */
export const regionViewPath = (grouping: string, region: string, asOf: string): string =>
  `/regions/${grouping}/${region}/on/${asOf}`;

/** app/treaties/[slug]/outside/on/[asOf]/[grouping]/page.tsx */
export const outsideViewPath = (slug: string, asOf: string, grouping: string): string =>
  `/treaties/${slug}/outside/on/${asOf}/${grouping}`;

/** app/states/[iso3]/on/[asOf]/page.tsx */
export const stateViewPath = (iso3: string, asOf: string): string => `/states/${iso3}/on/${asOf}`;
