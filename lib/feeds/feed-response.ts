// GET of an Atom feed: built on every request from the in-memory snapshots, so
// an action saved by an admin is in the next response; caches must revalidate
// (ETag, 304 while nothing changed).
import "server-only";
import { getActionFeed } from "../data/action-feed";
import { getTreatySnapshots } from "../data/treaty-snapshots";
import { revalidatedResponse } from "../revalidated-response";
import { buildActionsAtom } from "./atom-feed";
import { siteOrigin } from "./site-origin";

const ATOM = "application/atom+xml; charset=utf-8";

async function unknownTreaty(name: string): Promise<Response> {
  const known = (await getTreatySnapshots()).map((s) => `/feeds/${s.slug}.atom`).join(", ");
  return new Response(`No feed at /feeds/${name}: feeds are /feeds/actions.atom and ${known}.\n`, {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

/** The feed of every treaty (slug null) or of one (slug or alias). */
export async function feedResponse(request: Request, slugOrAlias: string | null): Promise<Response> {
  const feed = await getActionFeed(slugOrAlias);
  if (!feed) return unknownTreaty(`${slugOrAlias}.atom`);
  return revalidatedResponse(request, buildActionsAtom(feed, siteOrigin(request)), { "Content-Type": ATOM });
}

/** /feeds/{file}: "ccm.atom", "mbt.atom" (aliases resolve); anything else is not a feed. */
export async function namedFeedResponse(request: Request, file: string): Promise<Response> {
  const slug = /^([a-z0-9-]+)\.atom$/i.exec(file)?.[1];
  return slug ? feedResponse(request, slug) : unknownTreaty(file);
}
