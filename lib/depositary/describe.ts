// Differences in words, for the admin's list, the audit log's reasons and the
// notes of the rows a check writes: "Correct the signature of 4 Dec 2008 to 3 Dec 2008".
import { formatDate } from "../format";
import type { IsoDate } from "../domain/dates";
import type { ActionType } from "../domain/types";
import type { Difference, DifferenceKind } from "./diff";
import type { PageAction } from "./page-actions";

type Dated = { type: ActionType; depositedOn: IsoDate; effectiveOn: IsoDate | null };

export const KIND_LABELS: Record<DifferenceKind, string> = {
  "missing-here": "Missing here",
  differs: "Differs",
  "withdrawal-missing": "Withdrawal missing here",
  "not-on-page": "Not on the page",
};

const typeWord = (type: ActionType) => type.replace("_", " ");

/** "accession of 6 Aug 2020", "withdrawal notified 6 Sept 2024, in effect 6 Mar 2025". */
export function describeAction(action: Dated): string {
  if (action.type !== "withdrawal") return `${typeWord(action.type)} of ${formatDate(action.depositedOn)}`;
  const effect = action.effectiveOn ? `, in effect ${formatDate(action.effectiveOn)}` : "";
  return `withdrawal notified ${formatDate(action.depositedOn)}${effect}`;
}

/** What applying the difference does, as the label of its checkbox. */
export function changeLabel(difference: Difference): string {
  const { change, here } = difference;
  if (change.op === "record") return `Record the ${describeAction(change.action)}`;
  if (change.op === "delete") return here ? `Delete the ${describeAction(here)}` : "Delete the row";
  return here ? `Correct the ${describeAction(here)} to the ${describeAction(change.action)}` : "Correct the row";
}

/** Where the page says it, for a withdrawal: "end note 3, C.N.347.2024.TREATIES-XXVI-6". */
export function pageReference(action: PageAction): string | null {
  const parts = [
    action.endNote === null ? null : `end note ${action.endNote}`,
    action.cnReference ? `depositary notification ${action.cnReference}` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : null;
}

/** "the page's status as at 3 Feb 2026 (MTDSG XXVI-6)" */
export const pageName = (page: { statusAsAt: IsoDate; reference: string }) =>
  `depositary status page as at ${formatDate(page.statusAsAt)} (MTDSG ${page.reference})`;
