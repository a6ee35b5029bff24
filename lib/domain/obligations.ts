// Deadlines that run from a state's entry into force: stockpile destruction,
// clearance of contaminated areas, the initial transparency report. Extensions
// granted and completion declared come from data when the source has them.
import { addDaysIso, addYearsIso, type IsoDate } from "./dates";

export type ObligationKind = "stockpile_destruction" | "clearance" | "initial_report";
export type ObligationRule = {
  kind: ObligationKind;
  periodYears: number | null;
  periodDays: number | null;
  article: string;
};
/** What a source says about one state's obligation: extended to a date, completed on a date. */
export type ObligationRecord = {
  kind: ObligationKind;
  extendedTo: IsoDate | null;
  completedOn: IsoDate | null;
  source: string;
};

export type ObligationDeadline = {
  kind: ObligationKind;
  article: string;
  originalDeadline: IsoDate;
  deadline: IsoDate;
  extended: boolean;
  completedOn: IsoDate | null;
  status: "completed" | "due" | "overdue";
  /** Stockpile destruction and clearance bind only states with stockpiles or contamination. */
  conditional: boolean;
  source: string | null;
};

export function obligationDeadlines(
  entryIntoForceOn: IsoDate,
  rules: readonly ObligationRule[],
  records: readonly ObligationRecord[],
  asOf: IsoDate,
): ObligationDeadline[] {
  return rules.map((rule) => {
    const originalDeadline =
      rule.periodYears !== null
        ? addYearsIso(entryIntoForceOn, rule.periodYears)
        : addDaysIso(entryIntoForceOn, rule.periodDays ?? 0);
    const record = records.find((r) => r.kind === rule.kind);
    const deadline = record?.extendedTo && record.extendedTo > originalDeadline ? record.extendedTo : originalDeadline;
    const completedOn = record?.completedOn && record.completedOn <= asOf ? record.completedOn : null;
    return {
      kind: rule.kind,
      article: rule.article,
      originalDeadline,
      deadline,
      extended: deadline !== originalDeadline,
      completedOn,
      status: completedOn ? "completed" : deadline < asOf ? "overdue" : "due",
      conditional: rule.kind !== "initial_report",
      source: record?.source ?? null,
    };
  });
}
