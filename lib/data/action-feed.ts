// The feeds' actions: the latest treaty actions, newest first, overall or of
// one treaty, each with its source. The actions come from the in-memory
// snapshots (a write shows at once on this instance, within a second on
// others); the snapshots carry no sources (the log is read without them, for
// speed), so one query reads those of the listed actions. Its answer is kept
// until the snapshots are rebuilt, i.e. until the data changes.
import "server-only";
import { getDatabase } from "../db/client";
import type { IsoDate } from "../domain/dates";
import type { RecentAction, TreatySnapshot } from "../domain/treaty-snapshot";
import type { ActionType } from "../domain/types";
import { getTreatySnapshot, getTreatySnapshots } from "./treaty-snapshots";

/** How many actions a feed lists: the latest, newest first. */
const FEED_LENGTH = 100;

export type FeedTreaty = Pick<TreatySnapshot, "slug" | "shortName" | "depositaryUrl" | "depositaryReference">;
export type FeedAction = {
  treaty: FeedTreaty;
  iso3: string;
  stateName: string;
  type: ActionType;
  depositedOn: IsoDate;
  /** Null if the row went away between the snapshot and the query (the next snapshot drops it too). */
  source: string | null;
};
export type ActionFeed = {
  /** Null for the feed of every treaty. */
  treaty: FeedTreaty | null;
  actions: FeedAction[];
  /** The latest date any of its treaties was checked against the depositary record (the feed's date when it is empty). */
  checkedOn: IsoDate;
};

const treatyOf = ({ slug, shortName, depositaryUrl, depositaryReference }: TreatySnapshot): FeedTreaty => ({
  slug,
  shortName,
  depositaryUrl,
  depositaryReference,
});

/** The treaty's latest actions: its first `length`, and any more on the last one's day, so ties never depend on row order. */
function latestOf(snapshot: TreatySnapshot, length: number): RecentAction[] {
  const last = snapshot.recentActions[length - 1];
  if (!last) return snapshot.recentActions;
  let end = length;
  while (snapshot.recentActions[end]?.depositedOn === last.depositedOn) end += 1;
  return snapshot.recentActions.slice(0, end);
}

/** Newest first; on one day by treaty, state and type, so the same data always gives the same feed. */
function newestFirst(a: Omit<FeedAction, "source">, b: Omit<FeedAction, "source">): number {
  return (
    b.depositedOn.localeCompare(a.depositedOn) ||
    a.treaty.slug.localeCompare(b.treaty.slug) ||
    a.stateName.localeCompare(b.stateName) ||
    a.type.localeCompare(b.type)
  );
}

const keyOf = (slug: string, iso3: string, type: string, depositedOn: string) =>
  `${slug}/${iso3}/${type}/${depositedOn}`;

/** The sources of every action deposited on or after `since` (of one treaty, or all): the listed ones and a few more. */
async function readSources(since: IsoDate, treatySlug: string | null): Promise<Map<string, string>> {
  const rows = await getDatabase().prisma.$queryRaw<{ key: string; source: string }[]>`
    SELECT concat_ws('/', t.slug, a.state_iso3, a.type::text, a.deposited_on::text) AS "key", a.source
    FROM treaty_actions a JOIN treaties t ON t.id = a.treaty_id
    WHERE a.deposited_on >= ${since}::date AND (${treatySlug}::text IS NULL OR t.slug = ${treatySlug}::text)`;
  return new Map(rows.map((row) => [row.key, row.source]));
}

async function buildFeed(snapshots: readonly TreatySnapshot[], treaty: TreatySnapshot | null): Promise<ActionFeed> {
  const listed = (treaty ? [treaty] : snapshots)
    .flatMap((snapshot) =>
      latestOf(snapshot, FEED_LENGTH).map((action) => ({
        treaty: treatyOf(snapshot),
        iso3: action.stateIso3,
        stateName: snapshot.stateByIso.get(action.stateIso3)?.shortName ?? action.stateIso3,
        type: action.type,
        depositedOn: action.depositedOn,
      })),
    )
    .sort(newestFirst)
    .slice(0, FEED_LENGTH);
  const oldest = listed.at(-1);
  const sources = oldest ? await readSources(oldest.depositedOn, treaty?.slug ?? null) : new Map<string, string>();
  const checkedOn = (treaty ? [treaty] : snapshots).reduce<IsoDate>(
    (latest, s) => (s.depositaryCheckedOn > latest ? s.depositaryCheckedOn : latest),
    "1900-01-01",
  );
  return {
    treaty: treaty ? treatyOf(treaty) : null,
    actions: listed.map((action) => ({
      ...action,
      source: sources.get(keyOf(action.treaty.slug, action.iso3, action.type, action.depositedOn)) ?? null,
    })),
    checkedOn,
  };
}

/** Feeds built from these snapshots, by canonical slug ("" for every treaty); dropped when the snapshots are rebuilt. */
let built: { snapshots: readonly TreatySnapshot[]; feeds: Map<string, Promise<ActionFeed>> } | undefined;

const sameSnapshots = (a: readonly TreatySnapshot[], b: readonly TreatySnapshot[]) =>
  a.length === b.length && a.every((snapshot, i) => snapshot === b[i]);

/** The feed of every treaty (null), or of one by slug or alias; null for an unknown treaty. */
export async function getActionFeed(slugOrAlias: string | null): Promise<ActionFeed | null> {
  const named = slugOrAlias === null ? null : await getTreatySnapshot(slugOrAlias);
  if (slugOrAlias !== null && !named) return null;
  const snapshots = await getTreatySnapshots();
  // The same data as the list, should the snapshots have been rebuilt between the two reads.
  const treaty = named && (snapshots.find((s) => s.slug === named.slug) ?? named);
  if (!built || !sameSnapshots(built.snapshots, snapshots)) built = { snapshots, feeds: new Map() };
  const feeds = built.feeds;
  const key = treaty?.slug ?? "";
  let feed = feeds.get(key);
  if (!feed) {
    feed = buildFeed(snapshots, treaty);
    feeds.set(key, feed);
    // A failed query is not kept: the next request tries again.
    feed.catch(() => feeds.delete(key));
  }
  return feed;
}
