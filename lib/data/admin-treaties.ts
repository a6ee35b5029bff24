// A treaty as the admin's edit form shows it (every field as the text typed
// into it), with its targets, retired ones included.
import "server-only";
import { getPrisma } from "../db/client";
import { isoFromUtcDate, type IsoDate } from "../domain/dates";
import type { Treaty, ObligationRule, Target } from "../db/generated/client";

export type AdminTargetRow = {
  id: number;
  slug: string;
  label: string;
  metric: string;
  value: number;
  deadline: IsoDate;
  source: string;
  origin: "seed" | "admin";
  retiredOn: IsoDate | null;
};

export type TreatyForEdit = {
  slug: string;
  shortName: string;
  depositaryCheckedOn: IsoDate;
  origin: "seed" | "admin";
  /** The edit form's initial values, by field name (lib/validations/treaty.ts). */
  values: Record<string, string>;
  targets: AdminTargetRow[];
};

const text = (value: number | null) => (value === null ? "" : String(value));

/** The treaty's columns as the form's fields (names as in lib/validations/treaty.ts). */
export function treatyFormValues(treaty: Treaty, rules: readonly ObligationRule[]): Record<string, string> {
  const values: Record<string, string> = {
    slug: treaty.slug,
    aliases: treaty.aliases.join(", "),
    shortName: treaty.shortName,
    officialName: treaty.officialName,
    depositaryReference: treaty.depositaryReference,
    depositaryUrl: treaty.depositaryUrl,
    adoptedOn: isoFromUtcDate(treaty.adoptedOn),
    openedForSignatureOn: isoFromUtcDate(treaty.openedForSignatureOn),
    entryIntoForceOn: isoFromUtcDate(treaty.entryIntoForceOn),
    entryIntoForceThreshold: String(treaty.entryIntoForceThreshold),
    signatureClosesOn: treaty.signatureClosesOn ? isoFromUtcDate(treaty.signatureClosesOn) : "",
    laterJoinerRule: treaty.laterJoinerRule,
    entryIntoForceDelayMonths: text(treaty.entryIntoForceDelayMonths),
    entryIntoForceDelayDays: text(treaty.entryIntoForceDelayDays),
    withdrawalNoticeMonths: String(treaty.withdrawalNoticeMonths),
  };
  for (const rule of rules) {
    values[`${rule.kind}Period`] = text(rule.periodYears ?? rule.periodDays);
    values[`${rule.kind}Unit`] = rule.periodYears === null ? "days" : "years";
    values[`${rule.kind}MaxExtension`] = text(rule.maxExtensionYears);
    values[`${rule.kind}Article`] = rule.article;
  }
  return values;
}

function targetRow(target: Target): AdminTargetRow {
  return {
    id: target.id,
    slug: target.slug,
    label: target.label,
    metric: target.metric,
    value: target.value,
    deadline: isoFromUtcDate(target.deadline),
    source: target.source,
    origin: target.origin,
    retiredOn: target.retiredAt ? isoFromUtcDate(target.retiredAt) : null,
  };
}

/** By slug or alias; null when no treaty has it. */
export async function treatyForEdit(slugOrAlias: string): Promise<TreatyForEdit | null> {
  const slug = slugOrAlias.toLowerCase();
  const treaty = await getPrisma().treaty.findFirst({
    where: { OR: [{ slug }, { aliases: { has: slug } }] },
    include: { obligationRules: true, targets: { orderBy: [{ deadline: "asc" }, { slug: "asc" }] } },
  });
  if (!treaty) return null;
  return {
    slug: treaty.slug,
    shortName: treaty.shortName,
    depositaryCheckedOn: isoFromUtcDate(treaty.depositaryCheckedOn),
    origin: treaty.origin,
    values: treatyFormValues(treaty, treaty.obligationRules),
    targets: treaty.targets.map(targetRow),
  };
}
