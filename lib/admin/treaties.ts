// An admin adds a treaty or edits one: a treaty is data (its dates, the rule for
// later joiners, the withdrawal notice, its obligations), so a third treaty needs
// no code. Each write is one transaction with its audit row and a bump of the
// data revision; the treaty becomes the admin's (origin "admin"), and the seed
// loader then leaves it alone.
import type { Actor } from "../auth/sessions";
import { getPrisma } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import type { ObligationRule, Treaty } from "../db/generated/client";
import { toActionRecord, toTreatyRules } from "../data/mappers";
import { actionProblems } from "../domain/action-rules";
import { isoFromUtcDate, todayIso, utcDateFromIso } from "../domain/dates";
import type { NewTreaty, TreatyChange, TreatyInput } from "../validations/treaty";
import { invalidatesAfterWrite } from "./after-write";
import { bumpDataRevision, recordChange, type Tx } from "./audit";
import { done, refused, type FieldErrors, type WriteResult } from "./write-result";

type Saved = WriteResult<{ slug: string }>;

/** What the audit log keeps of a treaty: every column that says what it is, dates as ISO strings, its obligations. */
function treatyJson(treaty: Treaty, rules: readonly ObligationRule[]) {
  return {
    slug: treaty.slug,
    aliases: treaty.aliases,
    shortName: treaty.shortName,
    officialName: treaty.officialName,
    depositaryReference: treaty.depositaryReference,
    depositaryUrl: treaty.depositaryUrl,
    adoptedOn: isoFromUtcDate(treaty.adoptedOn),
    openedForSignatureOn: isoFromUtcDate(treaty.openedForSignatureOn),
    entryIntoForceOn: isoFromUtcDate(treaty.entryIntoForceOn),
    entryIntoForceThreshold: treaty.entryIntoForceThreshold,
    signatureClosesOn: treaty.signatureClosesOn ? isoFromUtcDate(treaty.signatureClosesOn) : null,
    laterJoinerRule: treaty.laterJoinerRule,
    entryIntoForceDelayMonths: treaty.entryIntoForceDelayMonths,
    entryIntoForceDelayDays: treaty.entryIntoForceDelayDays,
    withdrawalNoticeMonths: treaty.withdrawalNoticeMonths,
    depositaryCheckedOn: isoFromUtcDate(treaty.depositaryCheckedOn),
    origin: treaty.origin,
    obligationRules: [...rules]
      .sort((a, b) => a.kind.localeCompare(b.kind))
      .map(({ kind, periodYears, periodDays, maxExtensionYears, article }) => ({
        kind,
        periodYears,
        periodDays,
        maxExtensionYears,
        article,
      })),
  };
}

/** The treaty row's columns from the form (the slug and the depositary check date are set apart). */
function columnsOf(input: TreatyInput) {
  return {
    aliases: input.aliases,
    shortName: input.shortName,
    officialName: input.officialName,
    depositaryReference: input.depositaryReference,
    depositaryUrl: input.depositaryUrl,
    adoptedOn: utcDateFromIso(input.adoptedOn),
    openedForSignatureOn: utcDateFromIso(input.openedForSignatureOn),
    entryIntoForceOn: utcDateFromIso(input.entryIntoForceOn),
    entryIntoForceThreshold: input.entryIntoForceThreshold,
    signatureClosesOn: input.signatureClosesOn ? utcDateFromIso(input.signatureClosesOn) : null,
    laterJoinerRule: input.laterJoinerRule,
    entryIntoForceDelayMonths: input.entryIntoForceDelayMonths,
    entryIntoForceDelayDays: input.entryIntoForceDelayDays,
    withdrawalNoticeMonths: input.withdrawalNoticeMonths,
    origin: "admin" as const,
  };
}

/**
 * Treaty writes take turns: two admins giving two treaties the same alias at
 * once are checked one after the other, the second seeing the first's row.
 * (Only other writers of the treaties table wait; reads and action writes do not.)
 */
async function lockTreaties(tx: Tx): Promise<void> {
  await tx.$executeRaw`LOCK TABLE treaties IN SHARE ROW EXCLUSIVE MODE`;
}

/** Every slug and alias names one treaty only: the app resolves links by them. */
async function nameClashes(tx: Tx, input: TreatyInput, ownId: number | null): Promise<FieldErrors> {
  const others = await tx.treaty.findMany({
    where: ownId === null ? {} : { id: { not: ownId } },
    select: { slug: true, aliases: true, shortName: true },
  });
  const owner = new Map<string, string>();
  for (const other of others) for (const name of [other.slug, ...other.aliases]) owner.set(name, other.shortName);
  const errors: FieldErrors = {};
  const slugOwner = owner.get(input.slug);
  if (slugOwner) errors.slug = [`already names the ${slugOwner}`];
  const taken = input.aliases.filter((alias) => owner.has(alias));
  if (taken.length > 0) errors.aliases = taken.map((alias) => `“${alias}” already names the ${owner.get(alias)}`);
  return errors;
}

async function replaceObligationRules(tx: Tx, treatyId: number, input: TreatyInput): Promise<void> {
  await tx.obligationRule.deleteMany({
    where: { treatyId, kind: { notIn: input.obligationRules.map((rule) => rule.kind) } },
  });
  for (const { kind, ...values } of input.obligationRules) {
    await tx.obligationRule.upsert({
      where: { treatyId_kind: { treatyId, kind } },
      create: { treatyId, kind, ...values },
      update: values,
    });
  }
}

function afterCommit(result: Saved): Saved {
  if (result.ok) invalidatesAfterWrite();
  return result;
}

export async function createTreaty(actor: Actor, input: NewTreaty): Promise<Saved> {
  if (input.depositaryCheckedOn > todayIso())
    return refused(null, { depositaryCheckedOn: [`${input.depositaryCheckedOn} is in the future`] });
  try {
    const result = await getPrisma().$transaction(async (tx): Promise<Saved> => {
      await lockTreaties(tx);
      const clashes = await nameClashes(tx, input, null);
      if (Object.keys(clashes).length > 0) return refused(null, clashes);
      const treaty = await tx.treaty.create({
        data: { slug: input.slug, ...columnsOf(input), depositaryCheckedOn: utcDateFromIso(input.depositaryCheckedOn) },
      });
      await replaceObligationRules(tx, treaty.id, input);
      const rules = await tx.obligationRule.findMany({ where: { treatyId: treaty.id } });
      await recordChange(tx, {
        userId: actor.id,
        action: "create",
        entityType: "treaty",
        entityId: treaty.slug,
        after: treatyJson(treaty, rules),
        treatyId: treaty.id,
      });
      await bumpDataRevision(tx);
      return done({ slug: treaty.slug });
    });
    return afterCommit(result);
  } catch (error) {
    // Another admin created the same slug between our check and our insert.
    if (isUniqueViolation(error)) return refused(null, { slug: [`“${input.slug}” was taken a moment ago`] });
    throw error;
  }
}

/**
 * Recorded actions the new dates or rules would put out of bounds (before the
 * opening, a signature after entry into force): the edit is refused rather than
 * leave the log contradicting its treaty.
 */
async function actionsOutOfBounds(tx: Tx, before: Treaty, after: Treaty): Promise<string | null> {
  const actions = await tx.treatyAction.findMany({
    where: { treatyId: before.id },
    include: { state: { select: { shortName: true } } },
    orderBy: { depositedOn: "asc" },
  });
  const today = todayIso();
  const problemsUnder = (treaty: Treaty, action: (typeof actions)[number]) =>
    actionProblems({ ...toTreatyRules(treaty), shortName: treaty.shortName }, toActionRecord(action), today);
  const broken = actions.filter(
    (action) => problemsUnder(after, action).length > 0 && problemsUnder(before, action).length === 0,
  );
  const [first] = broken;
  if (!first) return null;
  const problem = problemsUnder(after, first)[0]?.message ?? "";
  return (
    `${broken.length} recorded action${broken.length === 1 ? "" : "s"} would no longer fit these dates, ` +
    `e.g. ${first.state.shortName}'s ${first.type.replace("_", " ")} of ${isoFromUtcDate(first.depositedOn)}: ` +
    `${problem}. Check the dates, or correct those actions first.`
  );
}

export async function updateTreaty(actor: Actor, input: TreatyChange): Promise<Saved> {
  const result = await getPrisma().$transaction(async (tx): Promise<Saved> => {
    await lockTreaties(tx);
    const before = await tx.treaty.findUnique({ where: { slug: input.slug }, include: { obligationRules: true } });
    if (!before) return refused(`There is no treaty “${input.slug}” any more.`);
    const clashes = await nameClashes(tx, input, before.id);
    if (Object.keys(clashes).length > 0) return refused(null, clashes);
    const outOfBounds = await actionsOutOfBounds(tx, before, { ...before, ...columnsOf(input) });
    if (outOfBounds) return refused(outOfBounds);
    const after = await tx.treaty.update({ where: { id: before.id }, data: columnsOf(input) });
    await replaceObligationRules(tx, before.id, input);
    const rules = await tx.obligationRule.findMany({ where: { treatyId: before.id } });
    await recordChange(tx, {
      userId: actor.id,
      action: "update",
      entityType: "treaty",
      entityId: before.slug,
      reason: input.reason,
      before: treatyJson(before, before.obligationRules),
      after: treatyJson(after, rules),
      treatyId: before.id,
    });
    await bumpDataRevision(tx);
    return done({ slug: before.slug });
  });
  return afterCommit(result);
}
