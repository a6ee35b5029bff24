// An admin records that a treaty's data was checked against a newer depositary
// status page ("Status as at" date): every page then states the new date.
import type { Actor } from "../auth/sessions";
import { getPrisma } from "../db/client";
import { isoFromUtcDate, todayIso, utcDateFromIso, type IsoDate } from "../domain/dates";
import { invalidatesAfterWrite } from "./after-write";
import { bumpDataRevision, recordChange } from "./audit";
import { done, refused, type WriteResult } from "./write-result";

export async function setDepositaryCheckedOn(
  actor: Actor,
  input: { treaty: string; checkedOn: IsoDate; reason: string },
): Promise<WriteResult<{ slug: string }>> {
  if (input.checkedOn > todayIso()) return refused(null, { checkedOn: [`${input.checkedOn} is in the future`] });
  const result = await getPrisma().$transaction(async (tx) => {
    const treaty = await tx.treaty.findUnique({ where: { slug: input.treaty } });
    if (!treaty)
      return refused<{ slug: string }>(null, { treaty: [`"${input.treaty}" is not a treaty this tracker knows`] });
    const updated = await tx.treaty.update({
      where: { id: treaty.id },
      data: { depositaryCheckedOn: utcDateFromIso(input.checkedOn) },
    });
    await recordChange(tx, {
      userId: actor.id,
      action: "update",
      entityType: "treaty",
      entityId: treaty.slug,
      reason: input.reason,
      before: { depositaryCheckedOn: isoFromUtcDate(treaty.depositaryCheckedOn) },
      after: { depositaryCheckedOn: isoFromUtcDate(updated.depositaryCheckedOn) },
      treatyId: treaty.id,
    });
    await bumpDataRevision(tx);
    return done({ slug: treaty.slug });
  });
  if (result.ok) invalidatesAfterWrite();
  return result;
}
