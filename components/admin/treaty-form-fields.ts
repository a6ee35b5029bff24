// The treaty form's fields: their labels, ids and choices, for the form and
// its error summary alike (names as in lib/validations/treaty.ts).
import type { ObligationKind } from "@/lib/domain/obligations";
import { OBLIGATION_LABELS } from "@/lib/labels";
import type { FieldRef } from "./field-errors";

export const TREATY_FIELD_LABELS = {
  officialName: "Official name",
  shortName: "Short name",
  slug: "Slug",
  aliases: "Aliases",
  depositaryReference: "Depositary reference",
  depositaryUrl: "Depositary status page",
  adoptedOn: "Adopted on",
  openedForSignatureOn: "Opened for signature on",
  entryIntoForceOn: "In force since",
  entryIntoForceThreshold: "Instruments needed",
  signatureClosesOn: "Open for signature until",
  laterJoinerRule: "Rule for later joiners",
  entryIntoForceDelayMonths: "Months after deposit",
  entryIntoForceDelayDays: "Days after deposit",
  withdrawalNoticeMonths: "Withdrawal notice in months",
  depositaryCheckedOn: "Checked against the depositary record as at",
  reason: "Reason for the change",
} as const;
export type TreatyFieldName = keyof typeof TREATY_FIELD_LABELS;

export const OBLIGATION_KIND_LIST: readonly ObligationKind[] = ["stockpile_destruction", "clearance", "initial_report"];
export const OBLIGATION_FIELD_LABELS = {
  Period: "Deadline after entry into force",
  Unit: "Counted in",
  MaxExtension: "Longest extension in years",
  Article: "Article",
} as const;

export const LATER_JOINER_OPTIONS = [
  { value: "first_day_of_month_after", label: "The first day of the Nth month after deposit (MBT, CCM: N = 6)" },
  { value: "days_after", label: "The Nth day after deposit (TPNW, ATT: N = 90)" },
];
export const UNIT_OPTIONS = [
  { value: "years", label: "years" },
  { value: "days", label: "days" },
];

export const treatyFieldId = (name: string) => `treaty-${name}`;

/** Every field the summary may link to, an obligation's named after its kind ("Destroy stockpiles: Article"). */
export function treatyFieldRefs(): Record<string, FieldRef> {
  const refs: Record<string, FieldRef> = {};
  for (const [name, label] of Object.entries(TREATY_FIELD_LABELS)) refs[name] = { id: treatyFieldId(name), label };
  for (const kind of OBLIGATION_KIND_LIST) {
    for (const [part, label] of Object.entries(OBLIGATION_FIELD_LABELS)) {
      refs[`${kind}${part}`] = { id: treatyFieldId(`${kind}${part}`), label: `${OBLIGATION_LABELS[kind]}: ${label}` };
    }
  }
  return refs;
}
