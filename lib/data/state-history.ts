// One state's history across every treaty: each action with its source, entry
// into force, withdrawal, and the obligation deadlines that run from it.
import "server-only";
import { cache } from "react";
import { getPrisma } from "../db/client";
import { isoFromUtcDate, todayIso, type IsoDate } from "../domain/dates";
import { obligationDeadlines, type ObligationDeadline } from "../domain/obligations";
import { statusOn, type StatusOnDate } from "../domain/status";
import { buildTimelines, type StateTimeline } from "../domain/timeline";
import type { ActionType } from "../domain/types";
import { toTreatyRules } from "./mappers";

export type HistoryAction = { type: ActionType; depositedOn: IsoDate; effectiveOn: IsoDate | null; source: string; confidence: string; note: string | null };
export type TreatyHistory = {
  slug: string;
  shortName: string;
  actions: HistoryAction[];
  timeline: StateTimeline | undefined;
  today: StatusOnDate;
  obligations: ObligationDeadline[];
};
export type StateHistory = { iso3: string; iso2: string; depositaryName: string; shortName: string; unMember: boolean; treaties: TreatyHistory[] };

/** Cached per request: the page and its metadata ask for the same state. */
export const getStateHistory = cache(async (iso3: string): Promise<StateHistory | null> => {
  const code = iso3.toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return null;
  const prisma = getPrisma();
  const state = await prisma.state.findUnique({ where: { iso3: code } });
  if (!state) return null;
  const treaties = await prisma.treaty.findMany({
    orderBy: { openedForSignatureOn: "asc" },
    include: {
      actions: { where: { stateIso3: code }, orderBy: { depositedOn: "asc" } },
      obligationRules: true,
      obligationRecords: { where: { stateIso3: code } },
    },
  });
  const today = todayIso();
  return {
    iso3: state.iso3,
    iso2: state.iso2,
    depositaryName: state.depositaryName,
    shortName: state.shortName,
    unMember: state.unMember,
    treaties: treaties.map((treaty) => {
      const actions = treaty.actions.map((a) => ({
        type: a.type,
        depositedOn: isoFromUtcDate(a.depositedOn),
        effectiveOn: a.effectiveOn ? isoFromUtcDate(a.effectiveOn) : null,
        effectDeferred: a.effectDeferred,
        source: a.source,
        confidence: a.confidence,
        note: a.note,
        stateIso3: a.stateIso3,
      }));
      const timeline = buildTimelines(toTreatyRules(treaty), actions).get(code);
      const current = statusOn(timeline, today);
      const entryIntoForceOn = current.status === "party" ? current.participation?.entryIntoForceOn : undefined;
      return {
        slug: treaty.slug,
        shortName: treaty.shortName,
        actions: actions.map(({ type, depositedOn, effectiveOn, source, confidence, note }) => ({ type, depositedOn, effectiveOn, source, confidence, note })),
        timeline,
        today: current,
        obligations: entryIntoForceOn
          ? obligationDeadlines(
              entryIntoForceOn,
              treaty.obligationRules,
              treaty.obligationRecords.map((r) => ({ kind: r.kind, extendedTo: r.extendedTo ? isoFromUtcDate(r.extendedTo) : null, completedOn: r.completedOn ? isoFromUtcDate(r.completedOn) : null, source: r.source })),
              today,
            )
          : [],
      };
    }),
  };
});
