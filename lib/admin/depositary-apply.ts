// Applies the differences an admin ticked after checking a treaty against a
// depositary status page. The page is parsed and compared with the database
// again here (the browser's copy of the differences is not trusted): a ticked
// difference that is no longer there is refused. Each difference is one write
// through the editors' own core functions (record, correct, delete): the same
// rules, transaction, audit row and data revision as a form entry, with the
// treaty's depositary URL as the source. Then, if a fresh comparison is clean,
// the treaty's "checked against the depositary record" date moves to the page's
// "Status as at" date.
import type { Actor } from "../auth/sessions";
import { changeLabel, describeAction, pageName, pageReference } from "../depositary/describe";
import type { Difference } from "../depositary/diff";
import { DepositaryPageError } from "../depositary/status-page";
import { getPrisma } from "../db/client";
import { isoFromUtcDate, type IsoDate } from "../domain/dates";
import { correctAction } from "./correct-action";
import { deleteAction } from "./delete-action";
import { setDepositaryCheckedOn } from "./depositary-check";
import { checkStatusPage, depositaryTreaty, type DepositaryCheck, type DepositaryTreaty } from "./depositary-records";
import { recordAction } from "./record-action";
import { done, refused, type WriteResult } from "./write-result";

/** One ticked difference: what it was ("Record the accession of 6 Aug 2020") and what became of it. */
export type AppliedDifference = { id: string; state: string; label: string; ok: boolean; message: string };
export type ApplyOutcome = {
  results: AppliedDifference[];
  /** The comparison after the writes: what is left. */
  after: DepositaryCheck;
  /** The checked-as-at date before and after the apply. */
  checkedOn: { before: IsoDate; after: IsoDate };
};

const GONE =
  "No longer a difference between the page and the database (the data changed since the check, or it was applied already): check the page again.";
const RANK = { differs: 0, "missing-here": 1, "withdrawal-missing": 2, "not-on-page": 3 } as const;

/** Corrections, then additions in date order, then deletions latest first: the order a state's history stays possible in. */
function inWritingOrder(differences: readonly Difference[]): Difference[] {
  const dateOf = (difference: Difference) => difference.page?.depositedOn ?? difference.here?.depositedOn ?? "";
  return [...differences].sort(
    (a, b) =>
      RANK[a.kind] - RANK[b.kind] ||
      (a.kind === "not-on-page" ? dateOf(b).localeCompare(dateOf(a)) : dateOf(a).localeCompare(dateOf(b))),
  );
}

async function write(actor: Actor, treaty: DepositaryTreaty, check: DepositaryCheck, difference: Difference) {
  const { change, state } = difference;
  const onPage = pageName(check.page);
  if (change.op === "delete") return deleteAction(actor, { ...change.row, reason: `Not on the ${onPage}.` });

  const action = change.action;
  const where = pageReference(action);
  const note = `From the ${onPage}${where ? `: ${where}` : ""}.`;
  const common = { treaty: treaty.slug, state: state.iso3, type: action.type, depositedOn: action.depositedOn };
  const source = treaty.depositaryUrl;
  if (change.op === "record") {
    return recordAction(actor, {
      ...common,
      effectiveOn: action.effectiveOn,
      effectDeferred: false,
      source,
      confidence: "confirmed",
      note,
    });
  }
  const row = await getPrisma().treatyAction.findUnique({ where: { id: change.row.id } });
  if (!row) return refused(GONE);
  const pageEffect = action.type === "withdrawal" ? action.effectiveOn : null;
  const here = difference.here ? describeAction(difference.here) : "the row";
  return correctAction(actor, {
    ...common,
    ...change.row,
    effectiveOn: pageEffect ?? (row.effectiveOn ? isoFromUtcDate(row.effectiveOn) : null),
    effectDeferred: pageEffect ? false : row.effectDeferred,
    source,
    confidence: "confirmed",
    note: [row.note, `Corrected to the ${onPage}${where ? ` (${where})` : ""}.`].filter(Boolean).join(" "),
    reason: `The ${onPage} has the ${describeAction(action)}; here: the ${here}.`,
  });
}

function messageOf(result: Awaited<ReturnType<typeof write>>, op: Difference["change"]["op"]): string {
  if (result.ok) return { record: "Recorded.", correct: "Corrected.", delete: "Deleted." }[op];
  const fieldMessages = Object.values(result.fieldErrors).flatMap((messages) => messages ?? []);
  return [result.formError, ...fieldMessages].filter(Boolean).join(" ") || "Refused.";
}

export async function applyDepositaryDifferences(
  actor: Actor,
  input: { treaty: string; html: string; ids: readonly string[] },
): Promise<WriteResult<ApplyOutcome>> {
  const treaty = await depositaryTreaty(input.treaty);
  if (!treaty) return refused(null, { treaty: [`"${input.treaty}" is not a treaty this tracker knows`] });
  let check: DepositaryCheck;
  try {
    check = await checkStatusPage(treaty, input.html);
  } catch (error) {
    if (error instanceof DepositaryPageError) return refused(null, { page: [error.message] });
    throw error;
  }

  const ids = [...new Set(input.ids)];
  const current = new Map(check.differences.map((difference) => [difference.id, difference]));
  const results = new Map<string, AppliedDifference>();
  for (const id of ids) {
    if (!current.has(id)) results.set(id, { id, state: id.split(".")[1] ?? "", label: id, ok: false, message: GONE });
  }
  const chosen = inWritingOrder(ids.flatMap((id) => current.get(id) ?? []));
  // A second round for what the first refused: an earlier write may be what it needed.
  for (const round of [chosen, chosen]) {
    for (const difference of round.filter((candidate) => !results.get(candidate.id)?.ok)) {
      const result = await write(actor, treaty, check, difference);
      const message = messageOf(result, difference.change.op);
      const { id, state } = difference;
      results.set(id, { id, state: state.name, label: changeLabel(difference), ok: result.ok, message });
    }
  }

  const after = await checkStatusPage(treaty, input.html);
  const statusAsAt = after.page.statusAsAt;
  const checkedOn = { before: treaty.depositaryCheckedOn, after: treaty.depositaryCheckedOn };
  // Only forward: an older page that happens to match does not make the data older.
  if (after.clean && statusAsAt > treaty.depositaryCheckedOn) {
    const moved = await setDepositaryCheckedOn(actor, {
      treaty: treaty.slug,
      checkedOn: statusAsAt,
      reason: `Checked against the ${pageName(after.page)}: no differences left.`,
    });
    if (moved.ok) checkedOn.after = statusAsAt;
  }
  return done({ results: ids.flatMap((id) => results.get(id) ?? []), after, checkedOn });
}
