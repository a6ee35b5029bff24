// Writes the validated seed data in one transaction. Idempotent: a second run
// finds nothing to change. Actions an admin recorded or corrected (origin
// "admin") are never touched; seed actions removed from the files are removed.
import type { PrismaClient } from "../lib/db/generated/client";
import type { Prisma } from "../lib/db/generated/client";
import { utcDateFromIso } from "../lib/domain/dates";
import type { SeedData } from "./read-seed";
import type { ActionRow } from "../lib/validations/action-row";
import { actionType } from "./to-domain";
import { syncObligationEvents } from "./load-obligations";

export type SeedReport = {
  inserted: number;
  updated: number;
  removed: number;
  unchanged: number;
  keptAdmin: number;
  /** Seed rows an admin deleted (audit log): not brought back. */
  keptDeleted: number;
};

type Tx = Prisma.TransactionClient;

async function loadReferenceData(tx: Tx, data: SeedData): Promise<void> {
  for (const { iso3, ...fields } of data.states) {
    await tx.state.upsert({ where: { iso3 }, create: { iso3, ...fields }, update: fields });
  }
  // A grouping an admin created or edited is the admin's: the files no longer speak for it.
  const adminGroupings = new Set(
    (await tx.regionGrouping.findMany({ where: { origin: "admin" }, select: { slug: true } })).map((g) => g.slug),
  );
  for (const { slug, ...fields } of data.groupings) {
    if (adminGroupings.has(slug)) continue;
    await tx.regionGrouping.upsert({ where: { slug }, create: { slug, ...fields }, update: fields });
  }
  for (const { members, groupingSlug, slug, name } of data.regions) {
    if (adminGroupings.has(groupingSlug)) continue;
    const region = await tx.region.upsert({
      where: { groupingSlug_slug: { groupingSlug, slug } },
      create: { groupingSlug, slug, name },
      update: { name },
    });
    await tx.regionMembership.deleteMany({ where: { regionId: region.id, stateIso3: { notIn: members } } });
    await tx.regionMembership.createMany({
      data: members.map((stateIso3) => ({ regionId: region.id, stateIso3 })),
      skipDuplicates: true,
    });
  }
}

async function loadTreaty(
  tx: Tx,
  { treaty, actions, obligations }: SeedData["treaties"][number],
  report: SeedReport,
): Promise<void> {
  const { obligationRules, targets, slug, ...fields } = treaty;
  const dates = {
    adoptedOn: utcDateFromIso(fields.adoptedOn),
    openedForSignatureOn: utcDateFromIso(fields.openedForSignatureOn),
    entryIntoForceOn: utcDateFromIso(fields.entryIntoForceOn),
    signatureClosesOn: fields.signatureClosesOn ? utcDateFromIso(fields.signatureClosesOn) : null,
    depositaryCheckedOn: utcDateFromIso(fields.depositaryCheckedOn),
  };
  const row = { ...fields, ...dates };
  // An admin who checked the data against a newer depositary page moved this date forward: keep it.
  const existing = await tx.treaty.findUnique({ where: { slug }, select: { depositaryCheckedOn: true, origin: true } });
  if (existing && existing.depositaryCheckedOn > dates.depositaryCheckedOn) {
    row.depositaryCheckedOn = existing.depositaryCheckedOn;
  }
  // A treaty an admin edited is the admin's: only its actions still follow the files.
  const { id: treatyId } = await tx.treaty.upsert({
    where: { slug },
    create: { slug, ...row },
    update: existing?.origin === "admin" ? {} : row,
  });
  // Its obligation rules are part of what the admin edited (lib/admin/treaties.ts): keep them too.
  for (const { kind, ...rule } of existing?.origin === "admin" ? [] : obligationRules) {
    const values = {
      periodYears: rule.periodYears ?? null,
      periodDays: rule.periodDays ?? null,
      maxExtensionYears: rule.maxExtensionYears ?? null,
      article: rule.article,
    };
    await tx.obligationRule.upsert({
      where: { treatyId_kind: { treatyId, kind } },
      create: { treatyId, kind, ...values },
      update: values,
    });
  }
  const adminTargets = new Set(
    (await tx.target.findMany({ where: { treatyId, origin: "admin" }, select: { slug: true } })).map((t) => t.slug),
  );
  for (const { slug: targetSlug, deadline, ...target } of targets) {
    if (adminTargets.has(targetSlug)) continue;
    const values = { ...target, deadline: utcDateFromIso(deadline) };
    await tx.target.upsert({
      where: { treatyId_slug: { treatyId, slug: targetSlug } },
      create: { treatyId, slug: targetSlug, ...values },
      update: values,
    });
  }
  await syncActions(tx, { id: treatyId, slug }, actions, report);
  await syncObligationEvents(tx, { id: treatyId, slug }, obligations, report);
}

const keyOf = (stateIso3: string, type: string, depositedOn: string) => `${stateIso3}/${type}/${depositedOn}`;

/** Keys of actions an admin deleted from this treaty, from the audit log: the seed must not bring them back. */
async function deletedByAdmin(tx: Tx, treatySlug: string): Promise<Set<string>> {
  const deletions = await tx.auditLogEntry.findMany({
    where: { entityType: "treaty_action", action: "delete" },
    select: { before: true },
  });
  const keys = new Set<string>();
  for (const { before } of deletions) {
    const row = before as { treaty?: string; state?: string; type?: string; depositedOn?: string } | null;
    if (row?.treaty === treatySlug && row.state && row.type && row.depositedOn)
      keys.add(keyOf(row.state, row.type, row.depositedOn));
  }
  return keys;
}

async function syncActions(
  tx: Tx,
  treaty: { id: number; slug: string },
  rows: readonly ActionRow[],
  report: SeedReport,
): Promise<void> {
  const treatyId = treaty.id;
  const existing = await tx.treatyAction.findMany({ where: { treatyId } });
  const deleted = await deletedByAdmin(tx, treaty.slug);
  const byKey = new Map(
    existing.map((action) => [
      keyOf(action.stateIso3, action.type, action.depositedOn.toISOString().slice(0, 10)),
      action,
    ]),
  );
  const wanted = new Set<string>();
  const toCreate: Prisma.TreatyActionCreateManyInput[] = [];

  for (const row of rows) {
    const key = keyOf(row.state, actionType(row), row.deposited_on);
    wanted.add(key);
    const values = {
      effectiveOn: row.effective_on ? utcDateFromIso(row.effective_on) : null,
      effectDeferred: row.effect_deferred,
      source: row.source,
      confidence: row.confidence,
      note: row.note,
    };
    const current = byKey.get(key);
    if (!current && deleted.has(key)) {
      report.keptDeleted++;
    } else if (!current) {
      toCreate.push({
        treatyId,
        stateIso3: row.state,
        type: actionType(row),
        depositedOn: utcDateFromIso(row.deposited_on),
        origin: "seed",
        ...values,
      });
    } else if (current.origin === "admin") {
      report.keptAdmin++;
    } else if (
      current.effectiveOn?.getTime() !== values.effectiveOn?.getTime() ||
      current.effectDeferred !== values.effectDeferred ||
      current.source !== values.source ||
      current.confidence !== values.confidence ||
      current.note !== values.note
    ) {
      await tx.treatyAction.update({ where: { id: current.id }, data: values });
      report.updated++;
    } else {
      report.unchanged++;
    }
  }
  const stale = existing.filter(
    (action) =>
      action.origin === "seed" &&
      !wanted.has(keyOf(action.stateIso3, action.type, action.depositedOn.toISOString().slice(0, 10))),
  );
  if (stale.length > 0) await tx.treatyAction.deleteMany({ where: { id: { in: stale.map((action) => action.id) } } });
  if (toCreate.length > 0) await tx.treatyAction.createMany({ data: toCreate });
  report.removed += stale.length;
  report.inserted += toCreate.length;
}

export async function loadSeed(prisma: PrismaClient, data: SeedData): Promise<SeedReport> {
  const report: SeedReport = { inserted: 0, updated: 0, removed: 0, unchanged: 0, keptAdmin: 0, keptDeleted: 0 };
  await prisma.$transaction(
    async (tx) => {
      await loadReferenceData(tx, data);
      for (const treaty of data.treaties) await loadTreaty(tx, treaty, report);
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return report;
}
