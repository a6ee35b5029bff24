// What recording (or correcting) an action would change, computed with the
// same functions as the public pages: the state's status on the deposit date
// before and after, the dates the action sets, and the treaty's States Parties
// on that date under both counting rules.
import type { IsoDate } from "./dates";
import { COUNTING_RULES, countsOn, statusOn, type Counting, type StateStatus } from "./status";
import { buildTimelines, entryIntoForceFor, withdrawalEffectiveOn } from "./timeline";
import { isConsent, type TreatyActionRecord, type TreatyRules } from "./types";

export type StatusSummary = { status: StateStatus; withdrawalPending: boolean };

export type ActionPreview = {
  on: IsoDate;
  before: StatusSummary;
  after: StatusSummary;
  /** For a consent: when the treaty enters into force for the state. */
  entryIntoForceOn: IsoDate | null;
  /** For a withdrawal: when it takes effect (null: deferred). */
  withdrawalEffectiveOn: IsoDate | null;
  statesParties: Record<Counting, { before: number; after: number }>;
};

function summary(actions: readonly TreatyActionRecord[], rules: TreatyRules, iso3: string, on: IsoDate) {
  const timelines = buildTimelines(rules, actions);
  const { status, withdrawalPending } = statusOn(timelines.get(iso3), on);
  return { timelines, state: { status, withdrawalPending } };
}

/**
 * `log`: the treaty's whole action log as it is; `change`: the log after the
 * change (the action added, or the corrected row in place of the old one).
 */
export function previewChange(
  rules: TreatyRules,
  stateIsos: readonly string[],
  log: readonly TreatyActionRecord[],
  change: { log: readonly TreatyActionRecord[]; action: TreatyActionRecord },
): ActionPreview {
  const { action } = change;
  const on = action.depositedOn;
  const before = summary(log, rules, action.stateIso3, on);
  const after = summary(change.log, rules, action.stateIso3, on);
  const parties = (timelines: typeof before.timelines, counting: Counting) =>
    countsOn(timelines, stateIsos, on, counting).statesParties;
  return {
    on,
    before: before.state,
    after: after.state,
    entryIntoForceOn: isConsent(action.type) ? entryIntoForceFor(rules, action) : null,
    withdrawalEffectiveOn: action.type === "withdrawal" ? withdrawalEffectiveOn(rules, action) : null,
    statesParties: Object.fromEntries(
      COUNTING_RULES.map((counting) => [
        counting,
        { before: parties(before.timelines, counting), after: parties(after.timelines, counting) },
      ]),
    ) as ActionPreview["statesParties"],
  };
}
