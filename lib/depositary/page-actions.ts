// What a status page says each state did, as actions the tracker records: the
// table's signature, provisional application and consent dates, and the
// withdrawal notices of the end notes the state's name points to.
import type { IsoDate } from "../domain/dates";
import type { ActionType } from "../domain/types";
import { stateFinder, type StateName } from "./names";
import type { Participant, StatusPage, WithdrawalNotice } from "./status-page";

export type PageAction = {
  type: ActionType;
  depositedOn: IsoDate;
  /** Only for a withdrawal whose end note gives the date of effect. */
  effectiveOn: IsoDate | null;
  endNote: number | null;
  cnReference: string | null;
};

export type PageState = {
  state: StateName;
  printedAs: string;
  actions: PageAction[];
  /** False when the page shows the state withdrawn but no end note dates the notice: withdrawals are then not compared. */
  comparesWithdrawals: boolean;
};

export type PageReading = { byState: Map<string, PageState>; unmatched: string[]; problems: string[] };

function tableActions(participant: Participant, withProvisional: boolean): PageAction[] {
  const action = (type: ActionType, depositedOn: IsoDate): PageAction => ({
    type,
    depositedOn,
    effectiveOn: null,
    endNote: null,
    cnReference: null,
  });
  const { signature, provisionalApplication, consent } = participant;
  return [
    ...(signature ? [action("signature", signature.on)] : []),
    ...(withProvisional && provisionalApplication
      ? [action("provisional_application", provisionalApplication.on)]
      : []),
    ...(consent ? [action(consent.type, consent.on)] : []),
  ];
}

const withdrawalOf = (notice: WithdrawalNotice, endNote: number): PageAction => ({
  type: "withdrawal",
  depositedOn: notice.noticeOn,
  effectiveOn: notice.effectiveOn,
  endNote,
  cnReference: notice.cnReference,
});

export function readPageActions(page: StatusPage, states: readonly StateName[]): PageReading {
  const find = stateFinder(states);
  const byState = new Map<string, PageState>();
  const unmatched: string[] = [];
  const problems: string[] = [];
  const readers = (note: number) => page.participants.filter((participant) => participant.footnotes.includes(note));
  const placed = new Set<WithdrawalNotice>();

  for (const participant of page.participants) {
    const state = find.exact(participant.name);
    if (!state) {
      unmatched.push(participant.name);
      continue;
    }
    const other = byState.get(state.iso3);
    if (other) {
      problems.push(
        `“${other.printedAs}” and “${participant.name}” both name ${state.shortName}: compare them by hand.`,
      );
      continue;
    }
    const actions = tableActions(participant, page.showsProvisionalApplication);
    for (const note of page.endNotes.filter((candidate) => participant.footnotes.includes(candidate.number))) {
      for (const notice of note.withdrawals) {
        // A note shared by several names belongs to the one it names.
        if (readers(note.number).length > 1 && find.within(notice.state)?.iso3 !== state.iso3) continue;
        actions.push(withdrawalOf(notice, note.number));
        placed.add(notice);
      }
    }
    byState.set(state.iso3, {
      state,
      printedAs: participant.name,
      actions,
      comparesWithdrawals: !participant.withdrawn,
    });
  }

  for (const note of page.endNotes) {
    for (const notice of note.withdrawals.filter((candidate) => !placed.has(candidate))) {
      const state = find.within(notice.state);
      const entry = byState.get(state?.iso3 ?? "");
      if (entry) entry.actions.push(withdrawalOf(notice, note.number));
      else if (state) {
        problems.push(
          `End note ${note.number} records a withdrawal by ${state.shortName}, which the participants table does not list: check it by hand.`,
        );
      } else unmatched.push(`${notice.state || "a state"} (withdrawal in end note ${note.number})`);
    }
  }

  for (const entry of byState.values()) {
    if (entry.actions.some((action) => action.type === "withdrawal")) entry.comparesWithdrawals = true;
    if (!entry.comparesWithdrawals) {
      problems.push(
        `${entry.state.shortName} is shown in square brackets (withdrawn), but no end note dates its notice of withdrawal: its withdrawal was not compared; check it by hand.`,
      );
    }
  }
  return { byState, unmatched, problems };
}
