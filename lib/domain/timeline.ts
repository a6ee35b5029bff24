// Folds a treaty's action log into one timeline per state: when it signed,
// each period of participation (consent -> entry into force -> withdrawal),
// and the annotations (suspension notices, provisional application). Status on
// any date is then a lookup on this small structure, not a scan of the log.
import { addDaysIso, addMonthsIso, firstDayOfNthMonthAfter, maxIso, type IsoDate } from "./dates";
import { isConsent, type ConsentType, type TreatyActionRecord, type TreatyRules } from "./types";

export type Participation = {
  consentType: ConsentType;
  consentOn: IsoDate;
  entryIntoForceOn: IsoDate;
  withdrawalNoticeOn: IsoDate | null;
  /** Null while a notified withdrawal is deferred to an unknown date. */
  withdrawalEffectiveOn: IsoDate | null;
};

export type Annotation = {
  type: "suspension" | "provisional_application";
  on: IsoDate;
  note: string | null;
  source: string;
};

export type StateTimeline = {
  stateIso3: string;
  signedOn: IsoDate | null;
  /** In deposit order; more than one only if a state withdrew and joined again. */
  participations: Participation[];
  annotations: Annotation[];
};

/**
 * The dates in a state's timeline: its signature and each participation's
 * consent and withdrawal dates, with entry into force and annotations when asked.
 */
export function timelineDates(
  timeline: StateTimeline,
  include: { entryIntoForce: boolean; annotations: boolean },
): IsoDate[] {
  const dates: IsoDate[] = include.annotations ? timeline.annotations.map((a) => a.on) : [];
  if (timeline.signedOn) dates.push(timeline.signedOn);
  for (const p of timeline.participations) {
    const entry = include.entryIntoForce ? p.entryIntoForceOn : null;
    for (const date of [p.consentOn, entry, p.withdrawalNoticeOn, p.withdrawalEffectiveOn]) if (date) dates.push(date);
  }
  return dates;
}

/** The state's signature date if it had signed by `date` (a later signature was not yet known then). */
export function signedOnBy(timeline: StateTimeline | undefined, date: IsoDate): IsoDate | null {
  return timeline?.signedOn && timeline.signedOn <= date ? timeline.signedOn : null;
}

/** Art. 17: the treaty's own date for early instruments, else the first day of the Nth month after deposit. */
export function entryIntoForceFor(
  treaty: TreatyRules,
  consent: Pick<TreatyActionRecord, "depositedOn" | "effectiveOn">,
): IsoDate {
  if (consent.effectiveOn) return consent.effectiveOn;
  const { laterJoiners } = treaty;
  const ownDate =
    laterJoiners.kind === "days-after"
      ? addDaysIso(consent.depositedOn, laterJoiners.days)
      : firstDayOfNthMonthAfter(consent.depositedOn, laterJoiners.months);
  return maxIso(treaty.entryIntoForceOn, ownDate);
}

/** Art. 20: N months after the notice, unless the source records another date or a deferral. */
export function withdrawalEffectiveOn(treaty: TreatyRules, withdrawal: TreatyActionRecord): IsoDate | null {
  if (withdrawal.effectDeferred) return null;
  return withdrawal.effectiveOn ?? addMonthsIso(withdrawal.depositedOn, treaty.withdrawalNoticeMonths);
}

function emptyTimeline(stateIso3: string): StateTimeline {
  return { stateIso3, signedOn: null, participations: [], annotations: [] };
}

/** On one day a signature comes before the consent, and a consent before a withdrawal. */
function sameDayRank(action: TreatyActionRecord): number {
  return action.type === "signature" ? 0 : action.type === "withdrawal" ? 2 : 1;
}

function byDepositThenKind(a: TreatyActionRecord, b: TreatyActionRecord): number {
  if (a.depositedOn !== b.depositedOn) return a.depositedOn < b.depositedOn ? -1 : 1;
  return sameDayRank(a) - sameDayRank(b);
}

export function buildTimelines(
  treaty: TreatyRules,
  actions: readonly TreatyActionRecord[],
): Map<string, StateTimeline> {
  const timelines = new Map<string, StateTimeline>();
  for (const action of [...actions].sort(byDepositThenKind)) {
    let timeline = timelines.get(action.stateIso3);
    if (!timeline) timelines.set(action.stateIso3, (timeline = emptyTimeline(action.stateIso3)));
    const current = timeline.participations.at(-1);

    if (action.type === "signature") {
      timeline.signedOn ??= action.depositedOn;
    } else if (isConsent(action.type)) {
      // A second consent while the first still stands adds nothing (the seed loader rejects it).
      if (current && current.withdrawalNoticeOn === null) continue;
      timeline.participations.push({
        consentType: action.type,
        consentOn: action.depositedOn,
        entryIntoForceOn: entryIntoForceFor(treaty, action),
        withdrawalNoticeOn: null,
        withdrawalEffectiveOn: null,
      });
    } else if (action.type === "withdrawal") {
      if (!current || current.withdrawalNoticeOn !== null) continue;
      current.withdrawalNoticeOn = action.depositedOn;
      current.withdrawalEffectiveOn = withdrawalEffectiveOn(treaty, action);
    } else {
      timeline.annotations.push({
        type: action.type,
        on: action.depositedOn,
        note: action.note,
        source: action.source,
      });
    }
  }
  return timelines;
}
