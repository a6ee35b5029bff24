// The treaty snapshots (lib/domain/treaty-snapshot.ts), read from the database
// and kept in memory for every request of this process.
//
// Freshness: the cache is checked against a data stamp at most once a second,
// so a change made by another process or instance (the seed, an admin on
// another server) shows within a second without a restart. Code that has just
// changed the data calls invalidateTreatySnapshots() so that its own process
// shows the change at once. The page cache (lib/cache/page-cache-handler.ts)
// keeps the stamp each page was rendered from and drops the page when it moves.
import { getDatabase, type Database } from "../db/client";
import { periodsHorizon } from "../domain/date-bounds";
import { isoFromUtcDate, type IsoDate } from "../domain/dates";
import type { GroupingView } from "../domain/regions";
import { buildTreatySnapshot, type TreatySnapshot } from "../domain/treaty-snapshot";
import type { TreatyActionRecord } from "../domain/types";
import { sourcedObligationRules } from "../domain/obligation-events";
import { toObligationEvent, toTreatyRules } from "./mappers";

type Loaded = {
  /** The database it was read from: tests switch databases (useDatabaseForTests), which drops it. */
  database: Database;
  stamp: string;
  checkedAt: number;
  snapshots: Map<string, TreatySnapshot>;
  aliases: Map<string, string>;
  groupings: GroupingView[];
};
// On globalThis so that proxy.ts and the pages, bundled apart by Next, share one copy.
const store = globalThis as unknown as {
  treatySnapshots?: Loaded;
  treatySnapshotsLoading?: Promise<Loaded>;
  /** Bumped by invalidateTreatySnapshots(): a load begun before a write must not be kept after it. */
  treatySnapshotsGeneration?: number;
};
// Twice a second: a save on another instance shows here within a second (e2e/admin/two-instances.spec.ts).
const STAMP_CHECK_MS = 500;

/**
 * Changes when anything the snapshots are built from changes: the revision
 * every admin write bumps in its transaction, the action log by its size and
 * last update (it can be large), the small reference tables (treaties with
 * their aliases and dates, targets, states, regions and their members) by a
 * hash of every row, as they have no update time. The last two also catch
 * changes that bump no revision (the seed, a hand edit).
 */
async function dataStamp(database: Database): Promise<string> {
  const [row] = await database.prisma.$queryRaw<{ stamp: string }[]>`
    SELECT concat_ws('/',
      (SELECT revision FROM data_revision WHERE id = 1),
      (SELECT count(*) FROM treaty_actions), (SELECT max(updated_at) FROM treaty_actions),
      md5(concat_ws('|',
        (SELECT string_agg(o::text, ',' ORDER BY o.id) FROM obligation_events o),
        (SELECT string_agg(o::text, ',' ORDER BY o.id) FROM obligation_rules o),
        (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM treaties t),
        (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM targets t),
        (SELECT string_agg(s::text, ',' ORDER BY s::text) FROM states s),
        (SELECT string_agg(g::text, ',' ORDER BY g::text) FROM region_groupings g),
        (SELECT string_agg(r::text, ',' ORDER BY r::text) FROM regions r),
        (SELECT string_agg(m::text, ',' ORDER BY m::text) FROM region_memberships m)))) AS stamp`;
  return row?.stamp ?? "";
}

type ActionRow = TreatyActionRecord & { treatyId: number };

/**
 * The whole action log in one query with dates as text: with tens of thousands
 * of rows this is much faster than Prisma's model mapping (bench/README.md),
 * and only annotations (suspension, provisional application) need their source and note.
 */
function readActionLog(database: Database): Promise<ActionRow[]> {
  return database.prisma.$queryRaw<ActionRow[]>`
    SELECT treaty_id AS "treatyId", state_iso3 AS "stateIso3", type::text AS "type",
           deposited_on::text AS "depositedOn", effective_on::text AS "effectiveOn", effect_deferred AS "effectDeferred",
           CASE WHEN type IN ('suspension', 'provisional_application') THEN source ELSE '' END AS "source",
           CASE WHEN type IN ('suspension', 'provisional_application') THEN note END AS "note"
    FROM treaty_actions`;
}

function groupByTreaty(rows: ActionRow[]): Map<number, TreatyActionRecord[]> {
  const byTreaty = new Map<number, TreatyActionRecord[]>();
  for (const { treatyId, ...record } of rows) {
    let list = byTreaty.get(treatyId);
    if (!list) byTreaty.set(treatyId, (list = []));
    list.push(record);
  }
  return byTreaty;
}

async function loadAll(database: Database, stamp: string): Promise<Loaded> {
  const { prisma } = database;
  const [treaties, stateRows, actionRows, groupingRows] = await Promise.all([
    prisma.treaty.findMany({
      include: {
        targets: { where: { retiredAt: null }, orderBy: { deadline: "asc" } },
        obligationRules: true,
        obligationEvents: true,
      },
      orderBy: { openedForSignatureOn: "asc" },
    }),
    prisma.state.findMany({ orderBy: { shortName: "asc" } }),
    readActionLog(database),
    prisma.regionGrouping.findMany({
      include: { regions: { include: { memberships: true }, orderBy: { name: "asc" } } },
      orderBy: { name: "asc" },
    }),
  ]);
  const groupings = groupingRows.map((g) => ({
    slug: g.slug,
    name: g.name,
    description: g.description,
    source: g.source,
    regions: g.regions.map((r) => ({ slug: r.slug, name: r.name, members: r.memberships.map((m) => m.stateIso3) })),
  }));
  const actionsByTreaty = groupByTreaty(actionRows);
  const states = stateRows.map((s) => ({
    iso3: s.iso3,
    name: s.depositaryName,
    shortName: s.shortName,
    isoNumeric: s.isoNumeric,
  }));
  const lastDay = periodsHorizon();
  const snapshots = new Map<string, TreatySnapshot>();
  const aliases = new Map<string, string>();
  for (const treaty of treaties) {
    const targets = treaty.targets.map((t) => ({
      slug: t.slug,
      label: t.label,
      metric: t.metric,
      value: t.value,
      deadline: isoFromUtcDate(t.deadline),
      source: t.source,
    }));
    const facts = {
      ...treaty,
      depositaryCheckedOn: isoFromUtcDate(treaty.depositaryCheckedOn),
      rules: toTreatyRules(treaty),
      targets,
    };
    const obligations = {
      rules: sourcedObligationRules(treaty.obligationRules),
      events: treaty.obligationEvents.map(toObligationEvent),
    };
    snapshots.set(
      treaty.slug,
      buildTreatySnapshot(facts, states, actionsByTreaty.get(treaty.id) ?? [], lastDay, obligations),
    );
    for (const alias of [treaty.slug, ...treaty.aliases]) aliases.set(alias, treaty.slug);
  }
  return { database, stamp, checkedAt: Date.now(), snapshots, aliases, groupings };
}

async function refresh(previous: Loaded | undefined): Promise<Loaded> {
  const database = getDatabase();
  let stamp: string;
  try {
    stamp = await dataStamp(database);
  } catch (error) {
    // The database cannot be reached (a restart, a network fault): keep answering from the
    // snapshots this process already holds, as they were at the last check, and try again at
    // the next one. Nothing can have been saved meanwhile. Without snapshots, the error stands.
    if (previous?.database !== database) throw error;
    previous.checkedAt = Date.now();
    return previous;
  }
  if (previous?.database === database && previous.stamp === stamp) {
    previous.checkedAt = Date.now();
    return previous;
  }
  return loadAll(database, stamp);
}

async function current(): Promise<Loaded> {
  const loaded = store.treatySnapshots;
  if (loaded && loaded.database === getDatabase() && Date.now() - loaded.checkedAt < STAMP_CHECK_MS) return loaded;
  // One stamp check (and reload, if needed) at a time, however many requests arrive together.
  const generation = store.treatySnapshotsGeneration ?? 0;
  if (!store.treatySnapshotsLoading) {
    const loading: Promise<Loaded> = refresh(loaded).finally(() => {
      if (store.treatySnapshotsLoading === loading) store.treatySnapshotsLoading = undefined;
    });
    store.treatySnapshotsLoading = loading;
  }
  const result = await store.treatySnapshotsLoading;
  // A write committed while this load was reading: it may have read the old data. Answer
  // this request with it (it began before the write) but keep it for no other.
  if ((store.treatySnapshotsGeneration ?? 0) === generation) store.treatySnapshots = result;
  return result;
}

/**
 * Drops the snapshots so the next read rebuilds them. Every write to the
 * action log or the data it is read with (treaties, targets, states, regions)
 * calls this after its transaction commits; other processes follow through the
 * data stamp within a second.
 */
export function invalidateTreatySnapshots(): void {
  store.treatySnapshots = undefined;
  store.treatySnapshotsLoading = undefined;
  store.treatySnapshotsGeneration = (store.treatySnapshotsGeneration ?? 0) + 1;
}

/** The stamp of the data as it is now (checked at most once a second, reloading the snapshots if it moved). */
export async function currentDataStamp(): Promise<string> {
  return (await current()).stamp;
}

/**
 * The stamp of the snapshots loaded in this process, without a query; undefined
 * before the first load or after invalidateTreatySnapshots().
 */
export function knownDataStamp(): string | undefined {
  return store.treatySnapshots?.stamp;
}

export async function getTreatySnapshot(slugOrAlias: string): Promise<TreatySnapshot | null> {
  const all = await current();
  const slug = all.aliases.get(slugOrAlias.toLowerCase());
  return slug ? (all.snapshots.get(slug) ?? null) : null;
}

export async function getTreatySnapshots(): Promise<TreatySnapshot[]> {
  return [...(await current()).snapshots.values()];
}

export async function getGroupings(): Promise<GroupingView[]> {
  return (await current()).groupings;
}

/** The first day any tracked treaty was open for signature: the earliest date a page can show. */
export async function getEarliestOpening(): Promise<{ shortName: string; openedForSignatureOn: IsoDate }> {
  // Snapshots are loaded in order of opening (loadAll).
  const [first] = (await current()).snapshots.values();
  return first
    ? { shortName: first.shortName, openedForSignatureOn: first.rules.openedForSignatureOn }
    : { shortName: "any treaty", openedForSignatureOn: "1900-01-01" };
}
