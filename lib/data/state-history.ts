// One state's history across every treaty: each action with its source, entry
// into force, withdrawal, the initial report's deadline and where its
// stockpile-destruction and clearance obligations stood on the date viewed.
import "server-only";
import { cache } from "react";
import { getPrisma } from "../db/client";
import { isoFromUtcDate, todayIso, type IsoDate } from "../domain/dates";
import { initialReportDeadline } from "../domain/obligations";
import { obligationStanding, type ObligationStanding } from "../domain/obligation-standing";
import { statusOn, type StatusOnDate } from "../domain/status";
import type { StateTimeline } from "../domain/timeline";
import type { ActionType } from "../domain/types";
import { toActionRecord } from "./mappers";
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
  /** The state's status on asOf. */
  today: StatusOnDate;
  /** The initial transparency report's deadline, while a party in force on asOf. */
  initialReportDue: IsoDate | null;
  /** Stockpile destruction and clearance on asOf, while a party in force: "not known here" without a source. */
  obligations: ObligationStanding[];
};
export type StateHistory = {
  iso3: string;
  iso2: string;
  depositaryName: string;
  shortName: string;
  unMember: boolean;
  /** The day statuses and deadlines are given for: today, or the date asked for. */
  asOf: IsoDate;
  treaties: TreatyHistory[];
};

/** Cached per request: the page and its metadata ask for the same state. */
export const getStateHistory = cache(async (iso3: string, asOf: IsoDate = todayIso()): Promise<StateHistory | null> => {
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
    },
  });
  return {
    iso3: state.iso3,
    iso2: state.iso2,
    depositaryName: state.depositaryName,
    shortName: state.shortName,
    unMember: state.unMember,
    asOf,
    treaties: await Promise.all(
      treaties.map(async (treaty) => {
        // The state's timeline is already built in the treaty's in-memory snapshot; the
        // query above is for what the snapshot does not keep (each action's source, notes).
        const snapshot = await getTreatySnapshot(treaty.slug);
        const timeline = snapshot?.timelines.get(code);
        const current = statusOn(timeline, asOf);
        const inForce = statusOn(timeline, asOf, "in-force");
        const entryIntoForceOn = inForce.status === "party" ? inForce.participation?.entryIntoForceOn : undefined;
        const book = snapshot?.obligations;
        return {
          slug: treaty.slug,
          shortName: treaty.shortName,
          depositaryCheckedOn: isoFromUtcDate(treaty.depositaryCheckedOn),
          actions: treaty.actions.map(toActionRecord),
          timeline,
          today: current,
          initialReportDue: entryIntoForceOn ? initialReportDeadline(entryIntoForceOn, treaty.obligationRules) : null,
          obligations:
            entryIntoForceOn && book
              ? book.rules.map((rule) =>
                  obligationStanding(rule, book.events[rule.kind].get(code) ?? [], timeline, asOf),
                )
              : [],
        };
      }),
    ),
  };
});
