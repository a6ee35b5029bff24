// An action feed as an Atom document (RFC 4287), written with the `feed` library.
// Pure: the route hands it the actions (lib/data/action-feed.ts) and the
// address the request was made to, which every link and id starts from.
import { Feed } from "feed";
import type { ActionFeed, FeedAction } from "../data/action-feed";
import { escapeHtml } from "../html-escape";
import { actionSentence, actionTitle } from "./action-wording";

/** The feed of every treaty is /feeds/actions.atom; a treaty's is /feeds/{slug}.atom. */
const ALL_ACTIONS_FEED = "actions";

/**
 * The year in every id: a tag: URI names who minted it and when (RFC 4151).
 * Fixed, so an entry keeps its id for ever.
 */
const TAG_YEAR = 2026;

/** tag:{host},2026:{path}: the site's host name (without port) is the authority. */
function tagUri(origin: string, path: string): string {
  return `tag:${new URL(origin).hostname},${TAG_YEAR}:${path}`;
}

/** The entry's id: the same action has the same id in every feed, on every request. */
function entryId(origin: string, action: Pick<FeedAction, "treaty" | "iso3" | "type" | "depositedOn">): string {
  return tagUri(origin, `${action.treaty.slug}/${action.iso3}/${action.type}/${action.depositedOn}`);
}

const dayStart = (date: string) => new Date(`${date}T00:00:00Z`);

function sourceHtml(action: FeedAction): string {
  const { source, treaty } = action;
  if (!source) return "";
  if (!/^https?:\/\//i.test(source)) return `<p>Source: ${escapeHtml(source)}</p>`;
  const text = source === treaty.depositaryUrl ? `UN depositary record, ${treaty.depositaryReference}` : source;
  return `<p>Source: <a href="${escapeHtml(source)}">${escapeHtml(text)}</a></p>`;
}

export function buildActionsAtom(feed: ActionFeed, origin: string): string {
  const name = feed.treaty?.slug ?? ALL_ACTIONS_FEED;
  const latest = feed.actions[0]?.depositedOn ?? feed.checkedOn;
  const atom = new Feed({
    id: tagUri(origin, `feeds/${name}`),
    title: feed.treaty ? `${feed.treaty.shortName}: treaty actions` : "Treaty actions: every treaty",
    description: feed.treaty
      ? `Signatures, ratifications, accessions and withdrawals of the ${feed.treaty.shortName}, newest first, from the UN depositary record.`
      : "Signatures, ratifications, accessions and withdrawals of every treaty tracked, newest first, from the UN depositary record.",
    updated: dayStart(latest),
    link: feed.treaty ? `${origin}/treaties/${feed.treaty.slug}` : `${origin}/`,
    feedLinks: { atom: `${origin}/feeds/${name}.atom` },
    author: { name: "Treaty Tracker", link: `${origin}/` },
    generator: "Treaty Tracker",
  });
  for (const action of feed.actions) {
    atom.addItem({
      // Title and summary are type="html" (the library wraps them in CDATA): their text is HTML-escaped.
      title: escapeHtml(actionTitle(action.stateName, action.type, action.treaty.shortName)),
      id: entryId(origin, action),
      link: `${origin}/states/${action.iso3}`,
      date: dayStart(action.depositedOn),
      description: `<p>${escapeHtml(actionSentence(action.stateName, action.type, action.treaty.shortName, action.depositedOn))}</p>${sourceHtml(action)}`,
    });
  }
  return atom.atom1();
}
