// Everything the pages and the API need about one treaty, derived once from
// its action log: timelines per state, the history series under both counting
// rules, the turning points of its periods. Any status, count or chart is then
// a lookup. Pure: lib/data/treaty-snapshots.ts reads the rows and keeps the
// result in memory until the data changes.
import type { IsoDate } from "./dates";
import { turningPoints, type TurningPoints } from "./periods";
import { targetProgress, type TargetProgress } from "./progress";
import { statusSeries, type SeriesPoint } from "./series";
import type { Counting } from "./status";
import { targetCounting } from "./targets";
import { obligationOfMetric, obligationTargetProgress, type ObligationTargetProgress } from "./obligation-target";
import { buildTimelines, type StateTimeline } from "./timeline";
import { type ObligationEvent, type SourcedObligation, type SourcedObligationRule } from "./obligation-events";
import {
  obligationBookOf,
  obligationSeries,
  obligationTurningDays,
  type ObligationBook,
  type ObligationSeriesPoint,
} from "./obligation-summary";
import type { TreatyActionRecord, TreatyRules } from "./types";

export type StateRef = { iso3: string; name: string; shortName: string; isoNumeric: string };
export type TargetRef = {
  slug: string;
  label: string;
  metric: string;
  value: number;
  deadline: IsoDate;
  source: string;
};
/** A membership target with its progress on a date. */
export type TargetView = TargetRef & { progress: TargetProgress };
/** A target on obligations remaining ("mine-free by 2025") with its progress on a date. */
export type ObligationTargetView = TargetRef & { progress: ObligationTargetProgress };
export type RecentAction = { stateIso3: string; type: TreatyActionRecord["type"]; depositedOn: IsoDate };

export type TreatySnapshot = {
  slug: string;
  shortName: string;
  officialName: string;
  depositaryReference: string;
  depositaryUrl: string;
  /** The date of the depositary status page the data was last checked against: later events may be missing. */
  depositaryCheckedOn: IsoDate;
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
  /** Per counting rule, the days on which the treaty page may change; it is the same on every day in between (periods.ts). */
  turningPoints: Record<Counting, TurningPoints>;
  /** Stockpile destruction and clearance: what sources say, per state, and completions over time. */
  obligations: ObligationBook & { series: Partial<Record<SourcedObligation, ObligationSeriesPoint[]>> };
};

/** What the snapshot is built from besides the action log: the treaty's obligation rules and sourced events. */
export type ObligationInput = { rules: SourcedObligationRule[]; events: readonly ObligationEvent[] };
const NO_OBLIGATIONS: ObligationInput = { rules: [], events: [] };

function obligationBook(input: ObligationInput, timelines: ReadonlyMap<string, StateTimeline>) {
  const book = obligationBookOf(input.rules, input.events);
  const series = Object.fromEntries(input.rules.map((rule) => [rule.kind, obligationSeries(book, rule, timelines)]));
  return { ...book, series };
}

export type TreatyFacts = Pick<
  TreatySnapshot,
  | "slug"
  | "shortName"
  | "officialName"
  | "depositaryReference"
  | "depositaryUrl"
  | "depositaryCheckedOn"
  | "rules"
  | "targets"
>;

function newestFirst(actions: readonly TreatyActionRecord[]): RecentAction[] {
  return [...actions]
    .sort((a, b) => (a.depositedOn < b.depositedOn ? 1 : a.depositedOn > b.depositedOn ? -1 : 0))
    .map(({ stateIso3, type, depositedOn }) => ({ stateIso3, type, depositedOn }));
}

/**
 * Everything derived from one treaty's log, computed once per data change (also
 * used by bench/engine.bench.ts). `lastDay`: the last day periods are computed
 * to (date-bounds.ts periodsHorizon).
 */
export function buildTreatySnapshot(
  treaty: TreatyFacts,
  states: StateRef[],
  actions: readonly TreatyActionRecord[],
  lastDay: IsoDate,
  obligations: ObligationInput = NO_OBLIGATIONS,
): TreatySnapshot {
  const { slug, shortName, officialName, depositaryReference, depositaryUrl, depositaryCheckedOn, rules, targets } =
    treaty;
  const stateIsos = states.map((s) => s.iso3);
  const timelines = buildTimelines(rules, actions);
  const book = obligationBook(obligations, timelines);
  const otherDays = obligationTurningDays(book, timelines);
  const series = {
    deposit: statusSeries(timelines, stateIsos, "deposit"),
    "in-force": statusSeries(timelines, stateIsos, "in-force"),
  };
  const periodsFor = (counting: Counting) =>
    turningPoints({
      rules,
      timelines: timelines.values(),
      counting,
      // An obligation target's figures change on the obligation turning days (otherDays).
      targets: targets.map((t) => ({
        deadline: t.deadline,
        series: obligationOfMetric(t.metric) ? [] : series[targetCounting(t.metric)],
      })),
      lastDay,
      otherDays,
    });
  return {
    slug,
    shortName,
    officialName,
    depositaryReference,
    depositaryUrl,
    depositaryCheckedOn,
    rules,
    targets,
    states,
    stateIsos,
    stateByIso: new Map(states.map((s) => [s.iso3, s])),
    timelines,
    series,
    recentActions: newestFirst(actions),
    turningPoints: { deposit: periodsFor("deposit"), "in-force": periodsFor("in-force") },
    obligations: book,
  };
}

/** Each membership target of the treaty with its progress on `asOf`, counted by the target's own metric. */
export function targetViews(snapshot: TreatySnapshot, asOf: IsoDate): TargetView[] {
  const total = snapshot.stateIsos.length;
  return snapshot.targets
    .filter((target) => obligationOfMetric(target.metric) === null)
    .map((target) => ({
      ...target,
      progress: targetProgress(snapshot.series[targetCounting(target.metric)], total, target, asOf),
    }));
}

/** Each obligation target of the treaty ("mine-free by 2025") with its progress on `asOf`. */
export function obligationTargetViews(snapshot: TreatySnapshot, asOf: IsoDate): ObligationTargetView[] {
  return snapshot.targets.flatMap((target) => {
    const kind = obligationOfMetric(target.metric);
    if (!kind) return [];
    const series = snapshot.obligations.series[kind] ?? [];
    return [{ ...target, progress: obligationTargetProgress(kind, series, target, asOf) }];
  });
}
