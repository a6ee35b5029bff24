// The obligation kinds a treaty's rules name, and the one deadline that binds
// every State Party alike: the initial transparency report (Art. 7), due a
// number of days after entry into force. Stockpile destruction and clearance
// bind only states with stockpiles or contaminated areas: where they stand is
// read from sourced events (obligation-events.ts, obligation-standing.ts).
import { addDaysIso, addYearsIso, type IsoDate } from "./dates";

export type ObligationKind = "stockpile_destruction" | "clearance" | "initial_report";
export type ObligationRule = {
  kind: ObligationKind;
  periodYears: number | null;
  periodDays: number | null;
  article: string;
};

/** The initial report's deadline, or null when the treaty sets none. */
export function initialReportDeadline(entryIntoForceOn: IsoDate, rules: readonly ObligationRule[]): IsoDate | null {
  const rule = rules.find((r) => r.kind === "initial_report");
  if (!rule) return null;
  return rule.periodYears !== null
    ? addYearsIso(entryIntoForceOn, rule.periodYears)
    : addDaysIso(entryIntoForceOn, rule.periodDays ?? 0);
}
