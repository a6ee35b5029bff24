// A state's status in a treaty on a date, and the counts over all states.
// Rules (see README "Counting rules"):
// - "deposit" counting makes a state a party from the deposit of its consent
//   (campaign usage, the default); "in-force" from its entry into force.
// - Between a withdrawal notice and its effect the state is still a party,
//   with withdrawalPending; after the effect it is "withdrawn".
// - "withdrawn" states are among the notParty count, so
//   statesParties + signatories + notParty = total always holds.
import type { IsoDate } from "./dates";
import type { Participation, StateTimeline } from "./timeline";

export const COUNTING_RULES = ["deposit", "in-force"] as const;
export type Counting = (typeof COUNTING_RULES)[number];
/** In the order pages list and sort them. */
export const STATE_STATUSES = ["party", "signatory", "not-party", "withdrawn"] as const;
export type StateStatus = (typeof STATE_STATUSES)[number];

export type StatusOnDate = {
  status: StateStatus;
  withdrawalPending: boolean;
  /** The participation in force or pending on the date, or the last one that ended. */
  participation: Participation | null;
};

export type StatusCounts = {
  statesParties: number;
  signatories: number;
  notParty: number;
  withdrawn: number;
  total: number;
};

function partyFrom(participation: Participation, counting: Counting): IsoDate {
  return counting === "deposit" ? participation.consentOn : participation.entryIntoForceOn;
}

export function statusOn(
  timeline: StateTimeline | undefined,
  date: IsoDate,
  counting: Counting = "deposit",
): StatusOnDate {
  const participation = timeline?.participations.findLast((p) => p.consentOn <= date) ?? null;
  if (participation) {
    const { withdrawalEffectiveOn, withdrawalNoticeOn } = participation;
    if (withdrawalEffectiveOn !== null && withdrawalEffectiveOn <= date) {
      return { status: "withdrawn", withdrawalPending: false, participation };
    }
    if (partyFrom(participation, counting) <= date) {
      return {
        status: "party",
        withdrawalPending: withdrawalNoticeOn !== null && withdrawalNoticeOn <= date,
        participation,
      };
    }
  }
  const signed = timeline?.signedOn != null && timeline.signedOn <= date;
  return { status: signed ? "signatory" : "not-party", withdrawalPending: false, participation };
}

export function emptyCounts(total: number): StatusCounts {
  return { statesParties: 0, signatories: 0, notParty: total, withdrawn: 0, total };
}

/** Adds (sign = 1) or removes (sign = -1) one state's status from the counts; not-party is the remainder. */
export function applyStatus(counts: StatusCounts, status: StateStatus, sign: 1 | -1): void {
  if (status === "party") counts.statesParties += sign;
  else if (status === "signatory") counts.signatories += sign;
  else if (status === "withdrawn") counts.withdrawn += sign;
  if (status !== "not-party" && status !== "withdrawn") counts.notParty -= sign;
}

export function countsOn(
  timelines: ReadonlyMap<string, StateTimeline>,
  stateIsos: readonly string[],
  date: IsoDate,
  counting: Counting = "deposit",
): StatusCounts {
  const counts = emptyCounts(stateIsos.length);
  for (const iso3 of stateIsos) applyStatus(counts, statusOn(timelines.get(iso3), date, counting).status, 1);
  return counts;
}

const OUTSIDE_ORDER: Record<StateStatus, number> = { signatory: 0, withdrawn: 1, "not-party": 2, party: 3 };

/** States outside a treaty as campaigners list them: signatories first, then withdrawn, then the rest; by name within each. */
export function byOutsideOrder(
  a: { status: StateStatus; shortName: string },
  b: { status: StateStatus; shortName: string },
): number {
  return OUTSIDE_ORDER[a.status] - OUTSIDE_ORDER[b.status] || a.shortName.localeCompare(b.shortName);
}
