// An admin adds, edits and retires a treaty's targets. A retired target is kept
// (and audited) but no longer shown: the snapshots load only targets with no
// retiredAt. Every target an admin touches becomes the admin's (origin "admin"),
// and the seed loader leaves it alone.
import type { Actor } from "../auth/sessions";
import { getPrisma } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import type { Target } from "../db/generated/client";
import { isoFromUtcDate, utcDateFromIso } from "../domain/dates";
import type { NewTarget, TargetChange, TargetRetirement } from "../validations/target";
import { lockTreaty } from "./action-context";
import { invalidatesAfterWrite } from "./after-write";
import { bumpDataRevision, recordChange, type Tx } from "./audit";
import { done, refused, type WriteResult } from "./write-result";

type Saved = WriteResult<{ id: number; treaty: string }>;

function targetJson(target: Target, treatySlug: string) {
  return {
    id: target.id,
    treaty: treatySlug,
    slug: target.slug,
    label: target.label,
    metric: target.metric,
    value: target.value,
    deadline: isoFromUtcDate(target.deadline),
    source: target.source,
    origin: target.origin,
    retiredAt: target.retiredAt?.toISOString() ?? null,
  };
}

const columnsOf = (input: Omit<NewTarget, "treaty" | "slug">) => ({
  label: input.label,
  metric: input.metric,
  value: input.value,
  deadline: utcDateFromIso(input.deadline),
  source: input.source,
  origin: "admin" as const,
});

function afterCommit(result: Saved): Saved {
  if (result.ok) invalidatesAfterWrite();
  return result;
}

export async function createTarget(actor: Actor, input: NewTarget): Promise<Saved> {
  try {
    const result = await getPrisma().$transaction(async (tx): Promise<Saved> => {
      const slug = input.treaty.toLowerCase();
      const treaty = await tx.treaty.findFirst({ where: { OR: [{ slug }, { aliases: { has: slug } }] } });
      if (!treaty) return refused(null, { treaty: [`“${input.treaty}” is not a treaty this tracker knows`] });
      await lockTreaty(tx, treaty.id);
      const existing = await tx.target.findUnique({
        where: { treatyId_slug: { treatyId: treaty.id, slug: input.slug } },
      });
      if (existing)
        return refused(null, {
          slug: [`already names a target of the ${treaty.shortName}${existing.retiredAt ? " (retired)" : ""}`],
        });
      const target = await tx.target.create({ data: { treatyId: treaty.id, slug: input.slug, ...columnsOf(input) } });
      await recordChange(tx, {
        userId: actor.id,
        action: "create",
        entityType: "target",
        entityId: String(target.id),
        after: targetJson(target, treaty.slug),
        treatyId: treaty.id,
      });
      await bumpDataRevision(tx);
      return done({ id: target.id, treaty: treaty.slug });
    });
    return afterCommit(result);
  } catch (error) {
    if (isUniqueViolation(error)) return refused(null, { slug: [`“${input.slug}” was taken a moment ago`] });
    throw error;
  }
}

/** The target and its treaty, locked, or why it cannot be changed. */
async function findLiveTarget(
  tx: Tx,
  id: number,
): Promise<{ refusal: Saved } | { target: Target; treatySlug: string }> {
  const target = await tx.target.findUnique({ where: { id }, include: { treaty: { select: { slug: true } } } });
  if (!target) return { refusal: refused("This target no longer exists.") };
  await lockTreaty(tx, target.treatyId);
  const current = await tx.target.findUniqueOrThrow({ where: { id } });
  if (current.retiredAt)
    return {
      refusal: refused(`This target was retired on ${isoFromUtcDate(current.retiredAt)}; it can no longer be changed.`),
    };
  return { target: current, treatySlug: target.treaty.slug };
}

export async function updateTarget(actor: Actor, input: TargetChange): Promise<Saved> {
  const result = await getPrisma().$transaction(async (tx): Promise<Saved> => {
    const found = await findLiveTarget(tx, input.id);
    if ("refusal" in found) return found.refusal;
    const { target: before, treatySlug } = found;
    const after = await tx.target.update({ where: { id: before.id }, data: columnsOf(input) });
    await recordChange(tx, {
      userId: actor.id,
      action: "update",
      entityType: "target",
      entityId: String(before.id),
      before: targetJson(before, treatySlug),
      after: targetJson(after, treatySlug),
      treatyId: before.treatyId,
    });
    await bumpDataRevision(tx);
    return done({ id: before.id, treaty: treatySlug });
  });
  return afterCommit(result);
}

export async function retireTarget(actor: Actor, input: TargetRetirement): Promise<Saved> {
  const result = await getPrisma().$transaction(async (tx): Promise<Saved> => {
    const found = await findLiveTarget(tx, input.id);
    if ("refusal" in found) return found.refusal;
    const { target: before, treatySlug } = found;
    const after = await tx.target.update({
      where: { id: before.id },
      data: { retiredAt: new Date(), origin: "admin" },
    });
    await recordChange(tx, {
      userId: actor.id,
      action: "update",
      entityType: "target",
      entityId: String(before.id),
      reason: input.reason,
      before: targetJson(before, treatySlug),
      after: targetJson(after, treatySlug),
      treatyId: before.treatyId,
    });
    await bumpDataRevision(tx);
    return done({ id: before.id, treaty: treatySlug });
  });
  return afterCommit(result);
}
