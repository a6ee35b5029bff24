// An audit entry in words: what was done to which row, by whom, when (UTC).
import type { AuditRow } from "@/lib/data/admin-audit";
import { isIsoDate } from "@/lib/domain/dates";
import { parsePartialDate } from "@/lib/domain/partial-date";
import type { ActionType } from "@/lib/domain/types";
import { formatDate, formatPartialDate } from "@/lib/format";
import { ACTION_LABELS, OBLIGATION_EVENT_LABELS } from "@/lib/labels";

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
  if (entry.entityType === "obligation_event") return obligationEventTitle(entry, data);
  if (entry.entityType === "admin_user") {
    return `${ACCOUNT_VERBS[entry.action] ?? verb} the account ${text(data.email) ?? entry.entityId}`;
  }
  if (entry.entityType === "treaty") return treatyTitle(entry, data);
  if (entry.entityType === "target") {
    const retired = !entry.before?.retiredAt && entry.after?.retiredAt;
    const did = entry.action === "create" ? "Added" : retired ? "Retired" : "Edited";
    return `${did} the target ${text(data.slug) ?? entry.entityId} (${entry.treaty?.shortName ?? text(data.treaty) ?? "?"})`;
  }
  if (entry.entityType === "region_grouping") {
    return `${entry.action === "create" ? "Added" : "Edited"} the grouping ${text(data.name) ?? entry.entityId}`;
  }
  if (entry.entityType === "region") {
    const did = { create: "Added", update: "Changed the members of", delete: "Deleted" }[entry.action] ?? verb;
    return `${did} the region ${text(data.name) ?? entry.entityId} (${entry.entityId})`;
  }
  return `${verb} ${entry.entityType} ${entry.entityId}`;
}

/** "Deleted Germany's extension granted of Sept 2018 (CCM clearance, obligation event 12)" */
function obligationEventTitle(entry: Described, data: Record<string, unknown>): string {
  const verb = VERBS[entry.action] ?? entry.action;
  const type = text(data.type)?.replaceAll("_", "-");
  const what =
    type && type in OBLIGATION_EVENT_LABELS
      ? OBLIGATION_EVENT_LABELS[type as keyof typeof OBLIGATION_EVENT_LABELS].toLowerCase()
      : "obligation event";
  const state = entry.state?.shortName ?? text(data.state) ?? "?";
  const date = parsePartialDate(text(data.eventOn) ?? "");
  const on = date ? ` of ${formatPartialDate(date)}` : "";
  const treaty = entry.treaty?.shortName ?? text(data.treaty) ?? "?";
  const kind = text(data.kind)?.replaceAll("_", " ") ?? "obligation";
  return `${verb} ${state}'s ${what}${on} (${treaty} ${kind}, obligation event ${entry.entityId})`;
}

/** A treaty added or edited by an admin, or its depositary check date moved (the only field that entry keeps). */
function treatyTitle(entry: Described, data: Record<string, unknown>): string {
  const name = entry.treaty?.shortName ?? text(data.shortName) ?? entry.entityId;
  if (entry.action === "create") return `Added the treaty ${name}`;
  const fields = Object.keys(entry.after ?? {});
  if (fields.every((field) => field === "depositaryCheckedOn")) return `Moved the depositary check date of ${name}`;
  return `Edited the treaty ${name}`;
}

export const auditWho = (user: AuditRow["user"]) => (user ? `${user.name} (${user.email})` : "the command line");

/** "2026-11-23 14:05 UTC" */
export const utcMinute = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;
