// An audit entry in words: what was done to which row, by whom, when (UTC).
import type { AuditRow } from "@/lib/data/admin-audit";
import { isIsoDate } from "@/lib/domain/dates";
import type { ActionType } from "@/lib/domain/types";
import { formatDate } from "@/lib/format";
import { ACTION_LABELS } from "@/lib/labels";

const VERBS: Record<string, string> = {
  create: "Recorded",
  update: "Corrected",
  delete: "Deleted",
  restore: "Restored",
};
const ACCOUNT_VERBS: Record<string, string> = { create: "Added", update: "Changed" };

const text = (value: unknown) => (typeof value === "string" ? value : null);

type Described = Pick<AuditRow, "action" | "entityType" | "entityId" | "before" | "after" | "treaty" | "state">;

/** "Deleted Niue's accession of 6 Aug 2020 (CCM, action 412)" */
export function auditTitle(entry: Described): string {
  const data = entry.after ?? entry.before ?? {};
  const verb = VERBS[entry.action] ?? entry.action;
  if (entry.entityType === "treaty_action") {
    const type = text(data.type);
    const what = type && type in ACTION_LABELS ? ACTION_LABELS[type as ActionType].toLowerCase() : "action";
    const state = entry.state?.shortName ?? text(data.state) ?? "?";
    const date = text(data.depositedOn);
    const on = date && isIsoDate(date) ? ` of ${formatDate(date)}` : "";
    const treaty = entry.treaty?.shortName ?? text(data.treaty) ?? "?";
    return `${verb} ${state}'s ${what}${on} (${treaty}, action ${entry.entityId})`;
  }
  if (entry.entityType === "admin_user") {
    return `${ACCOUNT_VERBS[entry.action] ?? verb} the account ${text(data.email) ?? entry.entityId}`;
  }
  if (entry.entityType === "treaty") {
    return `Moved the depositary check date of ${entry.treaty?.shortName ?? entry.entityId}`;
  }
  return `${verb} ${entry.entityType} ${entry.entityId}`;
}

export const auditWho = (user: AuditRow["user"]) => (user ? `${user.name} (${user.email})` : "the command line");

/** "2026-11-23 14:05 UTC" */
export const utcMinute = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;
