// How far a page or the API may look: from a treaty's opening for signature
// (checked with the treaty) to a little ahead of today. The log cannot know
// the future, so later dates are refused rather than shown as "no change".
import { addYearsIso, todayIso, type IsoDate } from "./dates";

/** Dates more than this many years after today are refused. */
export const MAX_YEARS_AHEAD = 2;

/** The last date a page or the API accepts. */
export function latestAllowedDate(today: IsoDate = todayIso()): IsoDate {
  return addYearsIso(today, MAX_YEARS_AHEAD);
}

/**
 * The last day a treaty's periods are computed to (lib/domain/periods.ts):
 * beyond the last accepted date, with room for a server left running for years.
 */
export function periodsHorizon(today: IsoDate = todayIso()): IsoDate {
  return addYearsIso(today, MAX_YEARS_AHEAD + 10);
}
