// A Mine Ban Treaty status page (MTDSG XXVI-5) in the depositary's format, for
// the depositary-check journey. Written at test time from the shipped data
// (seed/data, which was transcribed from the depositary's page), so that it
// never drifts from the data: the admin server's database differs from it in
// one thing only, Tonga's accession of 25 Jun 2025, which it lacks
// (e2e/accounts.ts). No other spec touches Tonga or the Mine Ban Treaty's
// dates (import.spec.ts only changes a note of Iceland's). Its "Status as at"
// date is made up for the test: a date after the shipped check.
import { buildStatusPage } from "../../lib/depositary/test-pages/build-status-page";
import type { ActionType } from "../../lib/domain/types";
import { readSeed } from "../../seed/read-seed";

/** The page's "Status as at" date: later than the shipped check (3 Feb 2026), so applying moves it. */
export const STATUS_AS_AT = "2026-03-02";

export function mineBanTreatyStatusPage(): string {
  const seed = readSeed();
  const shipped = seed.treaties.find(({ treaty }) => treaty.slug === "mine-ban-treaty");
  if (!shipped) throw new Error("no Mine Ban Treaty in seed/data");
  const rows = shipped.actions.map((row) => ({
    stateIso3: row.state,
    type: row.action.replace("-", "_") as ActionType,
    depositedOn: row.deposited_on,
    effectiveOn: row.effective_on,
  }));
  return buildStatusPage({
    reference: "XXVI-5",
    title: shipped.treaty.officialName,
    statusAsAt: STATUS_AS_AT,
    provisionalColumn: false,
    names: new Map(seed.states.map((state) => [state.iso3, state.depositaryName])),
    rows,
  });
}
