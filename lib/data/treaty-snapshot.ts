// Everything the pages and the API need about one treaty, computed once from
// the database and kept in memory: timelines per state and the history series
// under both counting rules. Any status, count or chart is then a lookup.
// The cache is checked against a data stamp (see dataStamp) at most once a
// second, so a change made by another process (the seed, an admin) shows
// within a second without a restart.
import { getPrisma } from "../db/client";
import { addYearsIso, isoFromUtcDate, todayIso, type IsoDate } from "../domain/dates";
import { turningPoints, type TurningPoints } from "../domain/periods";
import { statusSeries, type SeriesPoint } from "../domain/series";
import { targetCounting } from "../domain/targets";
import type { Counting } from "../domain/status";
import { buildTimelines, type StateTimeline } from "../domain/timeline";
import type { TreatyActionRecord, TreatyRules } from "../domain/types";
import { MAX_YEARS_AHEAD } from "../validations/status-query";
import { toTreatyRules } from "./mappers";

export type StateRef = { iso3: string; name: string; shortName: string; isoNumeric: string };
export type TargetRef = {
  slug: string;
  label: string;
  metric: string;
  value: number;
  deadline: IsoDate;
  source: string;
};

export type RecentAction = { stateIso3: string; type: TreatyActionRecord["type"]; depositedOn: IsoDate };
export type RegionView = { slug: string; name: string; members: string[] };
export type GroupingView = {
  slug: string;
  name: string;
  description: string | null;
  source: string | null;
  regions: RegionView[];
};

export type TreatySnapshot = {
  slug: string;
  shortName: string;
  officialName: string;
  depositaryReference: string;
  depositaryUrl: string;
  rules: TreatyRules;
  targets: TargetRef[];
  states: StateRef[];
  stateIsos: string[];
  /** The same states by ISO3 code. */
  stateByIso: ReadonlyMap<string, StateRef>;
  timelines: Map<string, StateTimeline>;
  series: Record<Counting, SeriesPoint[]>;
  /** Every action, newest first: pages for past dates list the latest ones before their date. */
  recentActions: RecentAction[];
  /** Per counting rule, the days on which the treaty page may change; it is the same on every day in between (lib/domain/periods.ts). */
  turningPoints: Record<Counting, TurningPoints>;
};

type Cached = {
  stamp: string;
  checkedAt: number;
  snapshots: Map<string, TreatySnapshot>;
  aliases: Map<string, string>;
  groupings: GroupingView[];
};
const cache = globalThis as unknown as { treatySnapshots?: Cached; treatySnapshotsLoading?: Promise<Cached> };
const STAMP_CHECK_MS = 1000;

/**
 * Changes when anything the snapshots are built from changes: the action log
 * by its size and last update (it can be large), the small reference tables
 * (treaties with their aliases and dates, targets, states, regions and their
 * members) by a hash of every row, as they have no update time.
 */
async function dataStamp(): Promise<string> {
  const [row] = await getPrisma().$queryRaw<{ stamp: string }[]>`
    SELECT concat_ws('/',
      (SELECT count(*) FROM treaty_actions), (SELECT max(updated_at) FROM treaty_actions),
      md5(concat_ws('|',
        (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM treaties t),
        (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM targets t),
        (SELECT string_agg(s::text, ',' ORDER BY s::text) FROM states s),
        (SELECT string_agg(g::text, ',' ORDER BY g::text) FROM region_groupings g),
        (SELECT string_agg(r::text, ',' ORDER BY r::text) FROM regions r),
        (SELECT string_agg(m::text, ',' ORDER BY m::text) FROM region_memberships m)))) AS stamp`;
  return row?.stamp ?? "";
}

type ActionRow = {
  treatyId: number;
  stateIso3: string;
  type: TreatyActionRecord["type"];
  depositedOn: string;
  effectiveOn: string | null;
  effectDeferred: boolean;
  source: string;
  note: string | null;
};

/**
 * The whole action log in one query with dates as text: with tens of thousands
 * of rows this is several times faster than Prisma's model mapping, and only
 * annotations (suspension, provisional application) need their source and note.
 */
function readActionLog(): Promise<ActionRow[]> {
  return getPrisma().$queryRaw<ActionRow[]>`
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

function newestFirst(actions: readonly TreatyActionRecord[]): RecentAction[] {
  return [...actions]
    .sort((a, b) => (a.depositedOn < b.depositedOn ? 1 : a.depositedOn > b.depositedOn ? -1 : 0))
    .map(({ stateIso3, type, depositedOn }) => ({ stateIso3, type, depositedOn }));
}

export type TreatyFacts = Pick<
  TreatySnapshot,
  "slug" | "shortName" | "officialName" | "depositaryReference" | "depositaryUrl" | "rules" | "targets"
>;

/** Everything derived from one treaty's log, computed once per data change (also used by bench/engine.bench.ts). */
export function buildTreatySnapshot(
  treaty: TreatyFacts,
  states: StateRef[],
  actions: readonly TreatyActionRecord[],
): TreatySnapshot {
  const { slug, shortName, officialName, depositaryReference, depositaryUrl, rules, targets } = treaty;
  const stateIsos = states.map((s) => s.iso3);
  const timelines = buildTimelines(rules, actions);
  const series = {
    deposit: statusSeries(timelines, stateIsos, "deposit"),
    "in-force": statusSeries(timelines, stateIsos, "in-force"),
  };
  const periodsFor = (counting: Counting) =>
    turningPoints({
      rules,
      timelines: timelines.values(),
      counting,
      targets: targets.map((t) => ({ deadline: t.deadline, series: series[targetCounting(t.metric)] })),
      // Beyond the last day a page accepts, with room for a server left running for years.
      lastDay: addYearsIso(todayIso(), MAX_YEARS_AHEAD + 10),
    });
  return {
    slug,
    shortName,
    officialName,
    depositaryReference,
    depositaryUrl,
    rules,
    targets,
    states,
    stateIsos,
    stateByIso: new Map(states.map((s) => [s.iso3, s])),
    timelines,
    series,
    recentActions: newestFirst(actions),
    turningPoints: { deposit: periodsFor("deposit"), "in-force": periodsFor("in-force") },
  };
}

async function loadAll(stamp: string): Promise<Cached> {
  const prisma = getPrisma();
  const [treaties, stateRows, actionRows, groupingRows] = await Promise.all([
    prisma.treaty.findMany({ include: { targets: true }, orderBy: { openedForSignatureOn: "asc" } }),
    prisma.state.findMany({ orderBy: { shortName: "asc" } }),
    readActionLog(),
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
    snapshots.set(
      treaty.slug,
      buildTreatySnapshot(
        { ...treaty, rules: toTreatyRules(treaty), targets },
        states,
        actionsByTreaty.get(treaty.id) ?? [],
      ),
    );
    for (const alias of [treaty.slug, ...treaty.aliases]) aliases.set(alias, treaty.slug);
  }
  return { stamp, checkedAt: Date.now(), snapshots, aliases, groupings };
}

async function refresh(previous: Cached | undefined): Promise<Cached> {
  const stamp = await dataStamp();
  if (previous?.stamp === stamp) {
    previous.checkedAt = Date.now();
    return previous;
  }
  return loadAll(stamp);
}

async function current(): Promise<Cached> {
  const cached = cache.treatySnapshots;
  if (cached && Date.now() - cached.checkedAt < STAMP_CHECK_MS) return cached;
  // One stamp check (and reload, if needed) at a time, however many requests arrive together.
  cache.treatySnapshotsLoading ??= refresh(cached).finally(() => {
    cache.treatySnapshotsLoading = undefined;
  });
  cache.treatySnapshots = await cache.treatySnapshotsLoading;
  return cache.treatySnapshots;
}

/** Drops the cache at once, for code that has just changed the data (today: tests and the bench). */
export function invalidateTreatySnapshots(): void {
  cache.treatySnapshots = undefined;
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
