// The editors' writes on a real database (PGlite, or PostgreSQL when
// TEST_DATABASE_URL is set): rules, audit rows, concurrency, stale edits,
// rollbacks, delete and restore. Expected figures are published facts: the
// CCM had 108 States Parties before Niue acceded on 6 Aug 2020 (the 109th),
// and the CCM enters into force for Niue on 1 Feb 2021.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/sessions";
import { getTreatySnapshot } from "../data/treaty-snapshots";
import { getTreatyView } from "../data/treaty-view";
import { withSeededDatabase } from "../data/seeded-database.test-support";
import { utcDateFromIso } from "../domain/dates";
import type { ActionFields } from "../validations/treaty-action";
import { correctAction } from "./correct-action";
import { deleteAction } from "./delete-action";
import { previewAction } from "./preview-action";
import { recordAction } from "./record-action";
import { restoreAction } from "./restore-action";
import { createUser } from "./users";

const database = withSeededDatabase();
let editor: Actor;

const NIUE: ActionFields = {
  treaty: "ccm",
  state: "Niue",
  type: "accession",
  depositedOn: "2020-08-06",
  effectiveOn: null,
  effectDeferred: false,
  source: "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-6&chapter=26&clang=_en",
  confidence: "confirmed",
  note: null,
};

async function ccmOn(date: string) {
  const snapshot = await getTreatySnapshot("ccm");
  if (!snapshot) throw new Error("no CCM");
  const view = await getTreatyView(snapshot, date, "deposit");
  return { parties: view.counts.statesParties, niue: view.rows.find((row) => row.iso3 === "NIU") };
}

const niueRows = () =>
  database().prisma.treatyAction.findMany({ where: { stateIso3: "NIU", treaty: { slug: "ccm" } } });

beforeAll(async () => {
  // A database without Niue's accession, as the editor found it on 6 Aug 2020.
  await database().prisma.treatyAction.deleteMany({ where: { stateIso3: "NIU", treaty: { slug: "ccm" } } });
  const created = await createUser(null, {
    email: "editor@example.org",
    name: "Edith Editor",
    role: "editor",
    password: "correct horse battery",
  });
  if (!created.ok) throw new Error("no editor");
  editor = { id: created.value.id, email: "editor@example.org", name: "Edith Editor", role: "editor" };
});

describe("recording an action", () => {
  it("previews the change: not party -> party, in force 1 Feb 2021, 108 -> 109 States Parties by deposit", async () => {
    const result = await previewAction(NIUE);
    expect(result).toMatchObject({
      ok: true,
      stateName: "Niue",
      preview: {
        on: "2020-08-06",
        before: { status: "not-party" },
        after: { status: "party" },
        entryIntoForceOn: "2021-02-01",
        statesParties: { deposit: { before: 108, after: 109 } },
      },
    });
    // Counting from entry into force, Niue joins only on 1 Feb 2021: nothing changes on 6 Aug 2020.
    const inForce = result.ok ? result.preview.statesParties["in-force"] : null;
    expect(inForce?.after).toBe(inForce?.before);
  });

  it("saves Niue's accession with its audit row, and the public numbers follow", async () => {
    expect((await ccmOn("2020-08-06")).parties).toBe(108);
    const revision = await database().prisma.dataRevision.findUniqueOrThrow({ where: { id: 1 } });

    const saved = await recordAction(editor, NIUE);
    expect(saved.ok).toBe(true);
    const after = await ccmOn("2020-08-06");
    expect(after.parties).toBe(109);
    expect(after.niue).toMatchObject({ status: "party", consentType: "accession", entryIntoForceOn: "2021-02-01" });

    const [row] = await niueRows();
    const audit = await database().prisma.auditLogEntry.findFirstOrThrow({
      where: { entityType: "treaty_action", entityId: String(row?.id) },
    });
    expect(audit).toMatchObject({ userId: editor.id, action: "create", stateIso3: "NIU", before: null });
    expect(audit.after).toMatchObject({ treaty: "ccm", state: "NIU", type: "accession", depositedOn: "2020-08-06" });
    expect((await database().prisma.dataRevision.findUniqueOrThrow({ where: { id: 1 } })).revision).toBe(
      revision.revision + 1,
    );
  });

  it("refuses the same accession again, naming the row already there", async () => {
    const [row] = await niueRows();
    const again = await recordAction(editor, { ...NIUE, state: "NIU" });
    expect(again).toEqual({
      ok: false,
      formError: `This action is already recorded for Niue: the accession of 2020-08-06 (row ${row?.id}).`,
      fieldErrors: { type: ["already recorded"] },
    });
  });

  it("refuses what the treaty's rules rule out, each under its field, and writes nothing", async () => {
    const before = await database().prisma.treatyAction.count();
    const refusedFields = async (fields: Partial<ActionFields>) => {
      const result = await recordAction(editor, { ...NIUE, ...fields });
      return result.ok ? null : result.fieldErrors;
    };
    // Niue is already a party: a second consent is refused.
    expect(await refusedFields({ type: "ratification", depositedOn: "2021-01-01" })).toEqual({
      type: ["the state is already bound by its accession of 2020-08-06 and has not withdrawn"],
    });
    // Armenia never joined the CCM: it cannot withdraw.
    expect(await refusedFields({ state: "ARM", type: "withdrawal", depositedOn: "2021-01-01" })).toEqual({
      type: ["only a party can withdraw: no consent to be bound before 2021-01-01"],
    });
    expect(Object.keys((await refusedFields({ state: "ARM", depositedOn: "2999-01-01" })) ?? {})).toEqual([
      "depositedOn",
    ]);
    expect(
      Object.keys((await refusedFields({ state: "ARM", type: "signature", depositedOn: "2015-01-01" })) ?? {}),
    ).toEqual(["type"]);
    expect(await refusedFields({ state: "Atlantis" })).toEqual({
      state: ['no state matches "Atlantis": type a name or ISO code and pick it from the list'],
    });
    expect(await database().prisma.treatyAction.count()).toBe(before);
  });

  it("stores exactly one row when two editors save the same action at the same moment", async () => {
    // Armenia has not joined the CCM; two editors record the same (hypothetical) accession at once.
    const same = { ...NIUE, state: "Armenia", depositedOn: "2024-01-15", note: "concurrency test" };
    const results = await Promise.all([recordAction(editor, same), recordAction(editor, same)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const refusal = results.find((result) => !result.ok);
    expect(refusal && !refusal.ok && refusal.formError).toMatch(/^This action is already recorded for Armenia/);
    expect(await database().prisma.treatyAction.count({ where: { stateIso3: "ARM", note: "concurrency test" } })).toBe(
      1,
    );
    // Tidy up: delete it again (with its own audit row).
    const row = await database().prisma.treatyAction.findFirstOrThrow({ where: { note: "concurrency test" } });
    expect((await deleteAction(editor, { id: row.id, version: row.version, reason: "test row" })).ok).toBe(true);
  });
});

describe("correcting, deleting and restoring", () => {
  it("corrects with a reason, and refuses an edit from a form opened before that correction", async () => {
    const [row] = await niueRows();
    if (!row) throw new Error("no Niue row");
    const corrected = await correctAction(editor, {
      ...NIUE,
      id: row.id,
      version: row.version,
      note: "Deposited with the Secretary-General in New York.",
      reason: "Add the place of deposit",
    });
    expect(corrected.ok).toBe(true);
    const stale = await correctAction(editor, { ...NIUE, id: row.id, version: row.version, reason: "Another change" });
    expect(stale.ok ? null : stale.formError).toMatch(
      /^This action was changed by Edith Editor \(editor@example.org\) at \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC after you opened the form/,
    );
    const audit = await database().prisma.auditLogEntry.findFirstOrThrow({
      where: { entityId: String(row.id), action: "update" },
    });
    expect(audit.reason).toBe("Add the place of deposit");
    expect(audit.before).toMatchObject({ note: null, version: 1 });
    expect(audit.after).toMatchObject({ note: "Deposited with the Secretary-General in New York.", version: 2 });
  });

  it("rolls back the whole change when its audit row cannot be written", async () => {
    const [row] = await niueRows();
    if (!row) throw new Error("no Niue row");
    // A blank reason passes no form (the schema refuses it) but the database's own check also refuses it.
    await expect(
      correctAction(editor, { ...NIUE, id: row.id, version: row.version, depositedOn: "2020-08-07", reason: "   " }),
    ).rejects.toThrow(/audit_log_reason_not_blank/);
    const [unchanged] = await niueRows();
    expect(unchanged).toMatchObject({ depositedOn: utcDateFromIso("2020-08-06"), version: row.version });
  });

  it("refuses to delete the consent a withdrawal depends on (Lithuania's 2011 ratification)", async () => {
    const ratification = await database().prisma.treatyAction.findFirstOrThrow({
      where: { stateIso3: "LTU", type: "ratification", treaty: { slug: "ccm" } },
    });
    const result = await deleteAction(editor, { id: ratification.id, version: ratification.version, reason: "test" });
    expect(result.ok ? null : result.fieldErrors).toEqual({
      type: ["only a party can withdraw: no consent to be bound before 2024-09-06"],
    });
  });

  it("deletes with a reason, keeps the row in the audit log, and restores it from there", async () => {
    const [row] = await niueRows();
    if (!row) throw new Error("no Niue row");
    const deleted = await deleteAction(editor, {
      id: row.id,
      version: row.version,
      reason: "Recorded twice by mistake",
    });
    if (!deleted.ok) throw new Error(deleted.formError ?? "not deleted");
    expect(await niueRows()).toEqual([]);
    expect((await ccmOn("2020-08-06")).parties).toBe(108);

    const restored = await restoreAction(editor, { auditId: deleted.value.auditId, reason: "It was right after all" });
    expect(restored.ok).toBe(true);
    const [back] = await niueRows();
    expect(back).toMatchObject({ type: "accession", depositedOn: utcDateFromIso("2020-08-06") });
    expect(back?.note).toBe("Deposited with the Secretary-General in New York.");
    expect((await ccmOn("2020-08-06")).parties).toBe(109);
    const restore = await database().prisma.auditLogEntry.findFirstOrThrow({ where: { action: "restore" } });
    expect(restore.reason).toBe(
      `Restores the deletion in audit entry ${deleted.value.auditId}: It was right after all`,
    );
  });

  it("refuses an edit or deletion of a row deleted since the form was opened", async () => {
    const [row] = await niueRows();
    if (!row) throw new Error("no Niue row");
    const first = await deleteAction(editor, { id: row.id, version: row.version, reason: "Test deletion" });
    expect(first.ok).toBe(true);
    const second = await deleteAction(editor, { id: row.id, version: row.version, reason: "Test deletion" });
    expect(second.ok ? null : second.formError).toMatch(/^This action was deleted by Edith Editor/);
    if (first.ok) await restoreAction(editor, { auditId: first.value.auditId, reason: "Undo the test deletion" });
  });
});
