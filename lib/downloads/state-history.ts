// A state's history as a file: for every treaty, each action with its source,
// each entry into force and withdrawal taking effect, and the obligation
// deadlines that run from entry into force (their status as of today, as on the page).
import type { StateHistory, TreatyHistory } from "../data/state-history";
import type { CsvValue, DownloadFile } from "./file-response";

const COLUMNS = [
  "iso3",
  "name",
  "treaty",
  "event",
  "type",
  "date",
  "effective_on",
  "status",
  "original_deadline",
  "completed_on",
  "article",
  "conditional",
  "source",
  "confidence",
  "note",
  "depositary_checked_on",
] as const;
type Row = Partial<Record<(typeof COLUMNS)[number], CsvValue>>;

const participations = (history: TreatyHistory) => history.timeline?.participations ?? [];

/** The treaty's events in date order (as the page's timeline), then its obligations. */
function treatyRows(history: TreatyHistory): Row[] {
  const events: Row[] = [
    ...history.actions.map((a) => ({
      event: "action",
      type: a.type,
      date: a.depositedOn,
      effective_on: a.effectiveOn,
      source: a.source,
      confidence: a.confidence,
      note: a.note,
    })),
    ...participations(history).flatMap((p) => [
      { event: "entry_into_force", type: p.consentType, date: p.entryIntoForceOn },
      ...(p.withdrawalEffectiveOn
        ? [{ event: "withdrawal_effective", type: "withdrawal", date: p.withdrawalEffectiveOn }]
        : []),
    ]),
  ].sort((a, b) => String(a.date).localeCompare(String(b.date)));
  const obligations: Row[] = history.obligations.map((o) => ({
    event: "obligation",
    type: o.kind,
    date: o.deadline,
    status: o.status,
    original_deadline: o.originalDeadline,
    completed_on: o.completedOn,
    article: o.article,
    // Stockpile destruction and clearance bind only states that had stockpiles or contamination.
    conditional: o.conditional,
    source: o.source,
  }));
  return [...events, ...obligations];
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
        obligations: t.obligations,
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
