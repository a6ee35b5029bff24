// Writes a treaty's obligation events from the files, inside the seed's one
// transaction, the way actions are written: events an admin recorded (origin
// "admin") are kept, events an admin deleted are not brought back, seed events
// gone from the files are removed, changed ones updated.
import type { Prisma } from "../lib/db/generated/client";
import { utcDateFromIso } from "../lib/domain/dates";
import type { ObligationFile } from "./obligations";
import type { SeedReport } from "./load-seed";

type Tx = Prisma.TransactionClient;

/** An event's identity: the database's unique key (obligation_events_identity_key). */
export const obligationEventKey = (state: string, kind: string, type: string, eventOn: string) =>
  `${state}/${kind}/${type}/${eventOn}`;

/** Keys of this treaty's obligation events an admin deleted, from the audit log. */
async function deletedByAdmin(tx: Tx, treatySlug: string): Promise<Set<string>> {
  const deletions = await tx.auditLogEntry.findMany({
    where: { entityType: "obligation_event", action: "delete" },
    select: { before: true },
  });
  const keys = new Set<string>();
  for (const { before } of deletions) {
    const row = before as {
      treaty?: string;
      state?: string;
      kind?: string;
      type?: string;
      eventOnFirst?: string;
      origin?: string;
    };
    // An event an admin recorded and then deleted says nothing about the files' rows.
    if (row?.origin !== "admin" && row?.treaty === treatySlug && row.state && row.kind && row.type && row.eventOnFirst)
      keys.add(obligationEventKey(row.state, row.kind, row.type, row.eventOnFirst));
  }
  return keys;
}

export async function syncObligationEvents(
  tx: Tx,
  treaty: { id: number; slug: string },
  files: readonly ObligationFile[],
  report: SeedReport,
): Promise<void> {
  const existing = await tx.obligationEvent.findMany({ where: { treatyId: treaty.id } });
  const deleted = await deletedByAdmin(tx, treaty.slug);
  const keyOfRow = (row: (typeof existing)[number]) =>
    obligationEventKey(row.stateIso3, row.kind, row.type, row.eventOn.toISOString().slice(0, 10));
  const byKey = new Map(existing.map((row) => [keyOfRow(row), row]));
  const wanted = new Set<string>();
  const toCreate: Prisma.ObligationEventCreateManyInput[] = [];
  for (const { rule, rows } of files) {
    for (const row of rows) {
      const type = row.event.replaceAll("-", "_") as Prisma.ObligationEventCreateManyInput["type"];
      const key = obligationEventKey(row.state, rule.kind, type, row.event_on.first);
      wanted.add(key);
      const values = {
        eventOnPrecision: row.event_on.precision,
        deadline: row.deadline ? utcDateFromIso(row.deadline) : null,
        meeting: row.meeting,
        informationOn: utcDateFromIso(row.information_on.first),
        informationOnPrecision: row.information_on.precision,
        source: row.source,
        confidence: row.confidence,
        note: row.note,
      };
      const current = byKey.get(key);
      if (!current && deleted.has(key)) report.keptDeleted++;
      else if (!current) {
        toCreate.push({
          treatyId: treaty.id,
          stateIso3: row.state,
          kind: rule.kind,
          type,
          eventOn: utcDateFromIso(row.event_on.first),
          origin: "seed",
          ...values,
        });
      } else if (current.origin === "admin") report.keptAdmin++;
      else if (
        current.eventOnPrecision !== values.eventOnPrecision ||
        current.deadline?.getTime() !== values.deadline?.getTime() ||
        current.meeting !== values.meeting ||
        current.informationOn.getTime() !== values.informationOn.getTime() ||
        current.informationOnPrecision !== values.informationOnPrecision ||
        current.source !== values.source ||
        current.confidence !== values.confidence ||
        current.note !== values.note
      ) {
        await tx.obligationEvent.update({ where: { id: current.id }, data: values });
        report.updated++;
      } else report.unchanged++;
    }
  }
  const stale = existing.filter((row) => row.origin === "seed" && !wanted.has(keyOfRow(row)));
  if (stale.length > 0) await tx.obligationEvent.deleteMany({ where: { id: { in: stale.map((row) => row.id) } } });
  if (toCreate.length > 0) await tx.obligationEvent.createMany({ data: toCreate });
  report.removed += stale.length;
  report.inserted += toCreate.length;
}
