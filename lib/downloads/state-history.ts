// A state's history as a file, as its page shows it on a date: for every
// treaty, each action with its source, each entry into force and withdrawal
// taking effect, the initial report's deadline, and per stockpile-destruction
// or clearance obligation one row with where it stood, then one row per
// sourced event. Event dates are as precise as their source (YYYY, YYYY-MM or
// YYYY-MM-DD; `date_precision` says which).
import { apiObligation, apiObligationKind, newestEvent } from "../api/obligations";
import type { StateHistory, TreatyHistory } from "../data/state-history";
import type { ObligationStanding } from "../domain/obligation-standing";
import type { CsvValue, DownloadFile } from "./file-response";

const COLUMNS = [
  "iso3",
  "name",
  "treaty",
  "event",
  "type",
  "obligation",
  "article",
  "date",
  "date_precision",
  "effective_on",
  "status",
  "deadline",
  "original_deadline",
  "completed_on",
  "information_on",
  "meeting",
  "source",
  "confidence",
  "note",
  "depositary_checked_on",
] as const;
type Row = Partial<Record<(typeof COLUMNS)[number], CsvValue>>;

const participations = (history: TreatyHistory) => history.timeline?.participations ?? [];

/** One obligation: a row with where it stood on the date (the source of its newest information), then its events. */
function obligationRows(standing: ObligationStanding): Row[] {
  const { article } = standing;
  const kind = apiObligationKind(standing.kind);
  const newest = newestEvent(standing);
  return [
    {
      event: "obligation",
      obligation: kind,
      article,
      status: standing.status,
      deadline: standing.deadline,
      original_deadline: standing.originalDeadline,
      completed_on: standing.completed?.on.text ?? null,
      information_on: standing.informationOn?.text ?? null,
      source: newest?.source ?? null,
      confidence: newest?.confidence ?? null,
    },
    ...standing.events.map((e) => ({
      event: "obligation_event",
      type: e.type,
      obligation: kind,
      article,
      date: e.on.text,
      date_precision: e.on.precision,
      deadline: e.deadline,
      information_on: e.informationOn.text,
      meeting: e.meeting,
      source: e.source,
      confidence: e.confidence,
      note: e.note,
    })),
  ];
}

/** The treaty's events in date order (as the page's timeline), then its obligations. */
function treatyRows(history: TreatyHistory): Row[] {
  const events: Row[] = [
    ...history.actions.map((a) => ({
      event: "action",
      type: a.type,
      date: a.depositedOn,
      date_precision: "day",
      effective_on: a.effectiveOn,
      source: a.source,
      confidence: a.confidence,
      note: a.note,
    })),
    ...participations(history).flatMap((p) => [
      { event: "entry_into_force", type: p.consentType, date: p.entryIntoForceOn, date_precision: "day" },
      ...(p.withdrawalEffectiveOn
        ? [{ event: "withdrawal_effective", type: "withdrawal", date: p.withdrawalEffectiveOn, date_precision: "day" }]
        : []),
    ]),
  ].sort((a, b) => String(a.date).localeCompare(String(b.date)));
  const initialReport: Row[] = history.initialReportDue
    ? [{ event: "obligation", obligation: "initial-report", deadline: history.initialReportDue }]
    : [];
  return [...events, ...initialReport, ...history.obligations.flatMap(obligationRows)];
}

export function stateHistoryFile(history: StateHistory): DownloadFile {
  return {
    name: `${history.iso3}-history-${history.asOf}`,
    json: () => ({
      state: {
        iso3: history.iso3,
        iso2: history.iso2,
        name: history.depositaryName,
        shortName: history.shortName,
        unMember: history.unMember,
      },
      asOf: history.asOf,
      treaties: history.treaties.map((t) => ({
        treaty: t.slug,
        shortName: t.shortName,
        checkedAgainstDepositaryOn: t.depositaryCheckedOn,
        status: t.today.status,
        withdrawalPending: t.today.withdrawalPending,
        signedOn: t.timeline?.signedOn ?? null,
        participations: participations(t),
        actions: t.actions.map(({ type, depositedOn, effectiveOn, source, confidence, note }) => ({
          type,
          depositedOn,
          effectiveOn,
          source,
          confidence,
          note,
        })),
        initialReportDue: t.initialReportDue,
        // As the API gives them (GET /api/v1/states/{iso3}): kinds in kebab-case, dates as precise as their source.
        obligations: t.obligations.map(apiObligation),
      })),
    }),
    csv: () => ({
      columns: COLUMNS,
      rows: history.treaties.flatMap((t) =>
        treatyRows(t).map((row) => ({
          ...row,
          iso3: history.iso3,
          name: history.depositaryName,
          treaty: t.slug,
          depositary_checked_on: t.depositaryCheckedOn,
        })),
      ),
    }),
  };
}
