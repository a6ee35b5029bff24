// GET of the embeddable widget and badge. Unlike every other response (framing
// refused by next.config.js headers()), these may be framed by any site; their
// policy also allows no script and nothing loaded from elsewhere. Computed on
// every request from the in-memory snapshots (a few lookups), so they follow an
// admin's save at once; caches must revalidate (ETag, 304 while unchanged).
import "server-only";
import { getTreatySnapshot } from "../data/treaty-snapshots";
import { todayIso } from "../domain/dates";
import { countsFromSeries } from "../domain/series";
import type { TreatySnapshot } from "../domain/treaty-snapshot";
import { revalidatedResponse } from "../revalidated-response";
import { parseEmbedQuery, type EmbedQuery } from "../validations/embed-query";
import { badgeLabel, renderBadgeSvg } from "./badge-svg";
import { renderProgressWidget } from "./progress-widget";

const EMBED_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *";

function plainText(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Security-Policy": EMBED_POLICY },
  });
}

/** The treaty and the query, or the 404 / 400 that says what is wrong. */
async function read(
  request: Request,
  slug: string,
  names: readonly (keyof EmbedQuery)[],
): Promise<{ snapshot: TreatySnapshot; query: EmbedQuery } | Response> {
  const snapshot = await getTreatySnapshot(slug);
  if (!snapshot) return plainText(404, `slug "${slug}" is not a treaty this tracker knows`);
  const parsed = parseEmbedQuery(new URL(request.url).searchParams, names);
  if (!parsed.ok) return plainText(400, `${parsed.error.parameter} ${parsed.error.message}`);
  return { snapshot, query: parsed.query };
}

/** /embed/{slug}/progress?counting=deposit|in-force&size=compact */
export async function progressWidgetResponse(request: Request, slug: string): Promise<Response> {
  const found = await read(request, slug, ["counting", "size"]);
  if (found instanceof Response) return found;
  const html = renderProgressWidget(found.snapshot, { ...found.query, asOf: todayIso() });
  return revalidatedResponse(request, html, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": EMBED_POLICY,
  });
}

/** /embed/{slug}/badge.svg?counting=deposit|in-force */
export async function badgeResponse(request: Request, slug: string): Promise<Response> {
  const found = await read(request, slug, ["counting"]);
  if (found instanceof Response) return found;
  const { snapshot, query } = found;
  const parties = countsFromSeries(
    snapshot.series[query.counting],
    todayIso(),
    snapshot.stateIsos.length,
  ).statesParties;
  const value = `${parties} States Parties${query.counting === "in-force" ? " in force" : ""}`;
  return revalidatedResponse(request, renderBadgeSvg(badgeLabel(snapshot.shortName), value), {
    "Content-Type": "image/svg+xml; charset=utf-8",
    "Content-Security-Policy": EMBED_POLICY,
  });
}
