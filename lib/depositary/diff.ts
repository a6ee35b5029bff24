// A status page against the database's actions for its treaty, state by state:
// what the page has that is missing here, what differs (a date, an instrument
// type, a withdrawal's effect), a withdrawal missing here, and what is here but
// not on the page. Each difference carries the change that would apply it.
// Suspensions are never compared (the page does not list them), nor provisional
// applications on a page without a column for them (the Mine Ban Treaty's).
import type { IsoDate } from "../domain/dates";
import { isConsent, type ActionType } from "../domain/types";
import type { StateName } from "./names";
import { readPageActions, type PageAction } from "./page-actions";
import { DepositaryPageError, type StatusPage } from "./status-page";

export type ActionHere = {
  id: number;
  version: number;
  stateIso3: string;
  type: ActionType;
  depositedOn: IsoDate;
  effectiveOn: IsoDate | null;
};
export type DifferenceKind = "missing-here" | "differs" | "withdrawal-missing" | "not-on-page";
export type Slot = "signature" | "provisional_application" | "consent" | "withdrawal";
type RowRef = { id: number; version: number };
export type Change =
  | { op: "record"; action: PageAction }
  | { op: "correct"; row: RowRef; action: PageAction }
  | { op: "delete"; row: RowRef };

export type Difference = {
  /** Stable for the same page and the same rows (a changed row changes it: its version is part of it). */
  id: string;
  kind: DifferenceKind;
  state: { iso3: string; name: string };
  slot: Slot;
  page: PageAction | null;
  here: ActionHere | null;
  change: Change;
};
export type PageDiff = { differences: Difference[]; unmatched: string[]; problems: string[]; clean: boolean };
export type TreatyRef = { shortName: string; depositaryReference: string };

const SLOTS: readonly Slot[] = ["signature", "provisional_application", "consent", "withdrawal"];

function slotOf(type: ActionType): Slot | null {
  if (type === "signature" || type === "withdrawal" || type === "provisional_application") return type;
  return isConsent(type) ? "consent" : null;
}

/** "MTDSG XXVI-6" -> "XXVI-6". */
const chapterOf = (reference: string) => /[IVXLC]+-\d+[a-z]?/i.exec(reference)?.[0]?.toUpperCase() ?? reference;

/** Refuses another treaty's page, saying which page was expected. */
export function assertPageIsFor(page: StatusPage, treaty: TreatyRef): void {
  if (page.reference === chapterOf(treaty.depositaryReference)) return;
  throw new DepositaryPageError(
    `This is the status page of MTDSG ${page.reference} (${page.title}), not of the ${treaty.shortName}: expected the page of ${treaty.depositaryReference}.`,
  );
}

const sameAction = (page: PageAction, here: ActionHere) =>
  page.type === here.type &&
  page.depositedOn === here.depositedOn &&
  (page.type !== "withdrawal" || page.effectiveOn === null || page.effectiveOn === here.effectiveOn);

/**
 * One slot of one state: equal actions set aside, then pairs on the same date
 * (type or effect differs), then the rest paired in date order; what is left
 * over is missing on one side.
 */
function pairUp(onPage: readonly PageAction[], here: readonly ActionHere[]) {
  const pages = [...onPage].sort((a, b) => a.depositedOn.localeCompare(b.depositedOn));
  const rows = [...here].sort((a, b) => a.depositedOn.localeCompare(b.depositedOn));
  const pairedPages = new Set<PageAction>();
  const pairedRows = new Set<ActionHere>();
  const pairs: [PageAction, ActionHere][] = [];
  const sameDate = (page: PageAction, row: ActionHere) => page.depositedOn === row.depositedOn;
  for (const matches of [sameAction, sameDate, () => true]) {
    for (const page of pages.filter((candidate) => !pairedPages.has(candidate))) {
      const row = rows.find((candidate) => !pairedRows.has(candidate) && matches(page, candidate));
      if (!row) continue;
      pairedPages.add(page);
      pairedRows.add(row);
      if (matches !== sameAction) pairs.push([page, row]);
    }
  }
  return {
    pairs,
    pageOnly: pages.filter((page) => !pairedPages.has(page)),
    hereOnly: rows.filter((row) => !pairedRows.has(row)),
  };
}

export function diffStatusPage(
  page: StatusPage,
  data: { treaty: TreatyRef; states: readonly StateName[]; actions: readonly ActionHere[] },
): PageDiff {
  assertPageIsFor(page, data.treaty);
  const { byState, unmatched, problems } = readPageActions(page, data.states);
  const names = new Map(data.states.map((state) => [state.iso3, state.shortName]));
  const compared = (type: ActionType) => {
    const slot = slotOf(type);
    return slot !== null && (slot !== "provisional_application" || page.showsProvisionalApplication) ? slot : null;
  };
  const here = data.actions.filter((action) => compared(action.type) !== null);
  const isos = [...new Set([...byState.keys(), ...here.map((action) => action.stateIso3)])];

  const differences = isos.flatMap((iso3) => {
    const entry = byState.get(iso3);
    const state = { iso3, name: names.get(iso3) ?? iso3 };
    return SLOTS.flatMap((slot): Difference[] => {
      if (slot === "withdrawal" && entry && !entry.comparesWithdrawals) return [];
      const onPage = (entry?.actions ?? []).filter((action) => compared(action.type) === slot);
      const rows = here.filter((action) => action.stateIso3 === iso3 && compared(action.type) === slot);
      const { pairs, pageOnly, hereOnly } = pairUp(onPage, rows);
      const make = (kind: DifferenceKind, onPageAction: PageAction | null, row: ActionHere | null, change: Change) => ({
        id: [kind, iso3, slot, onPageAction?.depositedOn ?? "none", row ? `${row.id}v${row.version}` : "none"].join(
          ".",
        ),
        kind,
        state,
        slot,
        page: onPageAction,
        here: row,
        change,
      });
      const ref = (row: ActionHere) => ({ id: row.id, version: row.version });
      return [
        ...pairs.map(([action, row]) => make("differs", action, row, { op: "correct", row: ref(row), action })),
        ...pageOnly.map((action) =>
          make(slot === "withdrawal" ? "withdrawal-missing" : "missing-here", action, null, { op: "record", action }),
        ),
        ...hereOnly.map((row) => make("not-on-page", null, row, { op: "delete", row: ref(row) })),
      ];
    });
  });
  differences.sort((a, b) => a.state.name.localeCompare(b.state.name) || SLOTS.indexOf(a.slot) - SLOTS.indexOf(b.slot));
  const clean = differences.length === 0 && unmatched.length === 0 && problems.length === 0;
  return { differences, unmatched, problems, clean };
}
