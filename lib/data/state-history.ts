// One state's history across every treaty: each action with its source, entry
// into force, withdrawal, and the obligation deadlines that run from it.
import "server-only";
import { cache } from "react";
import { getPrisma } from "../db/client";
import { isoFromUtcDate, todayIso, type IsoDate } from "../domain/dates";
import { obligationDeadlines, type ObligationDeadline } from "../domain/obligations";
import { statusOn, type StatusOnDate } from "../domain/status";
import type { StateTimeline } from "../domain/timeline";
import type { ActionType } from "../domain/types";
import { toActionRecord, toObligationRecord } from "./mappers";
import { getTreatySnapshot } from "./treaty-snapshots";

export type HistoryAction = {
  type: ActionType;
  depositedOn: IsoDate;
  effectiveOn: IsoDate | null;
  source: string;
  confidence: string;
  note: string | null;
};
export type TreatyHistory = {
  slug: string;
  shortName: string;
  /** The date of the depositary page the treaty's data was last checked against. */
  depositaryCheckedOn: IsoDate;
  actions: HistoryAction[];
  timeline: StateTimeline | undefined;
  today: StatusOnDate;
  obligations: ObligationDeadline[];
};
export type StateHistory = {
  iso3: string;
  iso2: string;
  depositaryName: string;
  shortName: string;
  unMember: boolean;
  /** The day statuses and deadlines are given for: today. */
  asOf: IsoDate;
  treaties: TreatyHistory[];
};

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
    asOf: today,
    treaties: await Promise.all(
      treaties.map(async (treaty) => {
        // The state's timeline is already built in the treaty's in-memory snapshot; the
        // query above is for what the snapshot does not keep (each action's source, notes).
        const timeline = (await getTreatySnapshot(treaty.slug))?.timelines.get(code);
        const current = statusOn(timeline, today);
        const entryIntoForceOn = current.status === "party" ? current.participation?.entryIntoForceOn : undefined;
        return {
          slug: treaty.slug,
          shortName: treaty.shortName,
          depositaryCheckedOn: isoFromUtcDate(treaty.depositaryCheckedOn),
          actions: treaty.actions.map(toActionRecord),
          timeline,
          today: current,
          obligations: entryIntoForceOn
            ? obligationDeadlines(
                entryIntoForceOn,
                treaty.obligationRules,
                treaty.obligationRecords.map(toObligationRecord),
                today,
              )
            : [],
        };
      }),
    ),
  };
});
