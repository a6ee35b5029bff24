// Bulk import of one treaty's actions from a file in the seed format: a
// dry-run preview, then an all-or-nothing commit. Both read the treaty's whole
// log in one query and work out the rest in memory (import-plan.ts), so 5,000
// rows preview in well under a second (bench/import.bench.ts). The commit
// never trusts the browser's copy of the preview: it gets the file again and
// works everything out anew inside its transaction, under the treaty's lock.
import type { Actor } from "../auth/sessions";
import { getPrisma } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import type { Treaty, TreatyAction } from "../db/generated/client";
import { toActionRecord, toTreatyRules } from "../data/mappers";
import { todayIso, utcDateFromIso } from "../domain/dates";
import { actionJson, lockTreaty } from "./action-context";
import { invalidatesAfterWrite } from "./after-write";
import { bumpDataRevision, type Tx } from "./audit";
import { planImport, type ImportPlan } from "./import-plan";
import type { ImportCommitResult, ImportCounts, ImportPreview, ImportPreviewResult } from "./import-result";
import type { ImportedRow } from "./import-row";
import type { FieldErrors } from "./write-result";

export type ImportCommit = {
  treaty: string;
  csv: string;
  fileName: string;
  reason: string;
  /** What the preview the admin confirmed would write: the commit is refused if the log moved since. */
  expected: Pick<ImportCounts, "added" | "changed">;
};

const unknownTreaty = (slug: string) => ({ treaty: [`"${slug}" is not a treaty this tracker knows`] });

/** The plan, and the treaty's rows as read (the audit keeps a changed row's "before"). */
async function planFor(tx: Tx, treaty: Treaty, csv: string) {
  const [actions, states] = await Promise.all([
    tx.treatyAction.findMany({ where: { treatyId: treaty.id } }),
    tx.state.findMany({ select: { iso3: true } }),
  ]);
  const plan = planImport(csv, {
    treaty: { ...toTreatyRules(treaty), shortName: treaty.shortName },
    stateIsos: new Set(states.map((state) => state.iso3)),
    existing: actions.map((action) => ({ ...toActionRecord(action), id: action.id })),
    today: todayIso(),
  });
  return { plan, rowsById: new Map(actions.map((action) => [action.id, action])) };
}

const previewOf = (treaty: Treaty, plan: Extract<ImportPlan, { ok: true }>): ImportPreview => ({
  treaty: { slug: treaty.slug, shortName: treaty.shortName },
  counts: plan.counts,
  rows: plan.rows,
});

/** Reads only: what importing the file would do. */
export async function previewImport(treatySlug: string, csv: string): Promise<ImportPreviewResult> {
  const prisma = getPrisma();
  const treaty = await prisma.treaty.findUnique({ where: { slug: treatySlug } });
  if (!treaty) return { ok: false, fieldErrors: unknownTreaty(treatySlug) };
  const { plan } = await planFor(prisma, treaty, csv);
  if (!plan.ok) return { ok: false, fieldErrors: { file: plan.problems } };
  return { ok: true, ...previewOf(treaty, plan) };
}

const refusedCommit = (
  formError: string | null,
  fieldErrors: FieldErrors,
  preview: ImportPreview | null = null,
): ImportCommitResult => ({ ok: false, formError, fieldErrors, preview });

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;

export async function commitImport(actor: Actor, input: ImportCommit): Promise<ImportCommitResult> {
  try {
    const result = await getPrisma().$transaction(
      async (tx): Promise<ImportCommitResult> => {
        const treaty = await tx.treaty.findUnique({ where: { slug: input.treaty } });
        if (!treaty) return refusedCommit(null, unknownTreaty(input.treaty));
        await lockTreaty(tx, treaty.id);
        const { plan, rowsById } = await planFor(tx, treaty, input.csv);
        if (!plan.ok) return refusedCommit(null, { file: plan.problems });
        const preview = previewOf(treaty, plan);
        const { counts } = plan;
        if (counts.refused > 0) {
          return refusedCommit(
            `Nothing was imported: ${plural(counts.refused, "row is", "rows are")} refused. Fix ${counts.refused === 1 ? "it" : "them"} in the file and preview it again.`,
            {},
            preview,
          );
        }
        if (counts.added !== input.expected.added || counts.changed !== input.expected.changed) {
          return refusedCommit(
            `Nothing was imported: the log changed since the preview, which now adds ${counts.added} and changes ${counts.changed} rows. Check the new preview and import again.`,
            {},
            preview,
          );
        }
        await writePlan(tx, actor, treaty, plan, rowsById, `Bulk import: ${input.fileName}: ${input.reason}`);
        return { ok: true, added: counts.added, changed: counts.changed, unchanged: counts.unchanged };
      },
      // A large file writes thousands of rows and their audit entries in this one transaction.
      { timeout: 120_000, maxWait: 30_000 },
    );
    if (result.ok && result.added + result.changed > 0) invalidatesAfterWrite();
    return result;
  } catch (error) {
    // Only a writer that skips the treaty lock (the seed loader) can get here first.
    if (isUniqueViolation(error)) {
      return refusedCommit("Nothing was imported: another change added one of these actions a moment ago.", {});
    }
    throw error;
  }
}

function columnsOf(row: ImportedRow) {
  return {
    effectiveOn: row.effectiveOn ? utcDateFromIso(row.effectiveOn) : null,
    effectDeferred: row.effectDeferred,
    source: row.source,
    confidence: row.confidence,
    note: row.note,
  };
}

/** Inserts the new rows, updates the changed ones (version + 1), one audit row each, and bumps the data revision. */
async function writePlan(
  tx: Tx,
  actor: Actor,
  treaty: Treaty,
  plan: Extract<ImportPlan, { ok: true }>,
  rowsById: ReadonlyMap<number, TreatyAction>,
  reason: string,
): Promise<void> {
  if (plan.added.length === 0 && plan.changed.length === 0) return;
  const created = await tx.treatyAction.createManyAndReturn({
    data: plan.added.map((row) => ({
      treatyId: treaty.id,
      stateIso3: row.stateIso3,
      type: row.type,
      depositedOn: utcDateFromIso(row.depositedOn),
      origin: "admin" as const,
      ...columnsOf(row),
    })),
  });
  const entry = (action: "create" | "update", row: TreatyAction, before: TreatyAction | null) => ({
    userId: actor.id,
    action,
    entityType: "treaty_action",
    entityId: String(row.id),
    reason,
    before: before ? actionJson(before, treaty.slug) : undefined,
    after: actionJson(row, treaty.slug),
    treatyId: treaty.id,
    stateIso3: row.stateIso3,
  });
  const entries = created.map((row) => entry("create", row, null));
  for (const { id, row } of plan.changed) {
    // An imported correction is the admin's now: the seed loader leaves it alone, as after a form's correction.
    const updated = await tx.treatyAction.update({
      where: { id },
      data: { ...columnsOf(row), origin: "admin", version: { increment: 1 } },
    });
    entries.push(entry("update", updated, rowsById.get(id) ?? null));
  }
  await tx.auditLogEntry.createMany({ data: entries });
  await bumpDataRevision(tx);
}
