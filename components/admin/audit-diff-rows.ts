// The rows of an audit entry's diff: for a change the fields whose value moved
// (field, before, after), for a creation only "after", for a deletion only "before".
import type { AuditJson } from "@/lib/data/admin-audit";
import { isIsoDate } from "@/lib/domain/dates";
import type { ActionType } from "@/lib/domain/types";
import { formatDate } from "@/lib/format";
import { ACTION_LABELS } from "@/lib/labels";

const FIELD_LABELS: Record<string, string> = {
  id: "Row",
  treaty: "Treaty",
  state: "State",
  type: "Action type",
  depositedOn: "Deposited on",
  effectiveOn: "Effective on",
  effectDeferred: "Effect deferred",
  source: "Source",
  confidence: "Confidence",
  note: "Note",
  origin: "Origin",
  version: "Version",
  email: "Email",
  name: "Name",
  role: "Role",
  disabledAt: "Disabled at",
  depositaryCheckedOn: "Checked against the depositary record as at",
  // Treaties, targets and groupings (lib/admin/treaties.ts, targets.ts, groupings.ts).
  slug: "Slug",
  aliases: "Aliases",
  shortName: "Short name",
  officialName: "Official name",
  depositaryReference: "Depositary reference",
  depositaryUrl: "Depositary status page",
  adoptedOn: "Adopted on",
  openedForSignatureOn: "Opened for signature on",
  entryIntoForceOn: "In force since",
  entryIntoForceThreshold: "Instruments needed",
  laterJoinerRule: "Rule for later joiners",
  entryIntoForceDelayMonths: "Months after deposit",
  entryIntoForceDelayDays: "Days after deposit",
  withdrawalNoticeMonths: "Withdrawal notice in months",
  obligationRules: "Obligations",
  label: "Label",
  metric: "Counted as",
  value: "Value",
  deadline: "Deadline",
  retiredAt: "Retired at",
  description: "Description",
  grouping: "Grouping",
  members: "Members",
};

export type DiffColumn = "before" | "after";
export type DiffRow = { field: string; before?: string; after?: string };
export type Diff = { columns: DiffColumn[]; rows: DiffRow[] };

export function displayValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (field === "type" && typeof value === "string" && value in ACTION_LABELS)
    return ACTION_LABELS[value as ActionType];
  if (typeof value === "string") return isIsoDate(value) ? formatDate(value) : value;
  return typeof value === "number" ? String(value) : JSON.stringify(value);
}

const label = (field: string) => FIELD_LABELS[field] ?? field;
/** The audit log's JSON comes back in the database's key order: show fields in the form's order. */
const ORDER = Object.keys(FIELD_LABELS);
const rank = (field: string) => (ORDER.includes(field) ? ORDER.indexOf(field) : ORDER.length);
const inOrder = (fields: string[]) => [...fields].sort((a, b) => rank(a) - rank(b));

export function auditDiff(before: AuditJson | null, after: AuditJson | null): Diff {
  if (before && after) {
    const fields = inOrder([...new Set([...Object.keys(before), ...Object.keys(after)])]);
    const changed = fields.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
    return {
      columns: ["before", "after"],
      rows: changed.map((field) => ({
        field: label(field),
        before: displayValue(field, before[field]),
        after: displayValue(field, after[field]),
      })),
    };
  }
  const only = after ?? before;
  if (!only) return { columns: [], rows: [] };
  const column: DiffColumn = after ? "after" : "before";
  return {
    columns: [column],
    rows: inOrder(Object.keys(only)).map((field) => ({
      field: label(field),
      [column]: displayValue(field, only[field]),
    })),
  };
}
