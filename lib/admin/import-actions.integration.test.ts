// Bulk import on a real database (PGlite, or PostgreSQL when TEST_DATABASE_URL
// is set): the shipped CCM file changes nothing; a file with a refused row
// writes nothing; fixed, it writes exactly its new and changed rows, each with
// its audit row, and the public numbers follow.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/sessions";
import { getTreatySnapshot } from "../data/treaty-snapshots";
import { getTreatyView } from "../data/treaty-view";
import { withSeededDatabase } from "../data/seeded-database.test-support";
import { commitImport, previewImport } from "./import-actions";
import { createUser } from "./users";

const database = withSeededDatabase();
let admin: Actor;

const SHIPPED_CCM = readFileSync(path.join(import.meta.dirname, "../../seed/data/actions/ccm.csv"), "utf8");
const HEADER = "state,action,deposited_on,effective_on,source,confidence,note";
const UN = "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-6&chapter=26&clang=_en";
const ADDED = `ARM,accession,2024-01-15,,${UN},unconfirmed,Hypothetical: a test row`;
const CHANGED = `NZL,signature,2008-12-03,,${UN},confirmed,Signed in Oslo.`;
const csv = (...rows: string[]) => [HEADER, ...rows].join("\r\n");
const WITH_REFUSED = csv(ADDED, CHANGED, `AFG,signature,2008-12-33,,${UN},confirmed,`);
const FIXED = csv(ADDED, CHANGED, `AFG,signature,2008-12-03,,${UN},confirmed,`);

async function footprint() {
  const { prisma } = database();
  const [actions, audit, revision] = await Promise.all([
    prisma.treatyAction.count(),
    prisma.auditLogEntry.count(),
    prisma.dataRevision.findUnique({ where: { id: 1 } }),
  ]);
  return { actions, audit, revision: revision?.revision ?? 0 };
}

async function armeniaOn(date: string) {
  const snapshot = await getTreatySnapshot("ccm");
  if (!snapshot) throw new Error("no CCM");
  return (await getTreatyView(snapshot, date, "deposit")).rows.find((row) => row.iso3 === "ARM")?.status;
}

beforeAll(async () => {
  const created = await createUser(null, {
    email: "importer@example.org",
    name: "Ida Importer",
    role: "admin",
    password: "correct horse battery",
  });
  if (!created.ok) throw new Error("no admin");
  admin = { id: created.value.id, email: "importer@example.org", name: "Ida Importer", role: "admin" };
});

describe("bulk import", () => {
  it("finds every row of the shipped CCM file unchanged, and importing it writes nothing", async () => {
    const preview = await previewImport("ccm", SHIPPED_CCM);
    const rows = SHIPPED_CCM.trimEnd().split("\n").length - 1;
    expect(preview).toMatchObject({ ok: true, counts: { added: 0, changed: 0, unchanged: rows, refused: 0 } });

    const before = await footprint();
    const committed = await commitImport(admin, {
      treaty: "ccm",
      csv: SHIPPED_CCM,
      fileName: "ccm.csv",
      reason: "Re-import",
      expected: { added: 0, changed: 0 },
    });
    expect(committed).toEqual({ ok: true, added: 0, changed: 0, unchanged: rows });
    expect(await footprint()).toEqual(before);
  });

  it("previews a file with one new, one changed and one refused row, and commits none of them", async () => {
    const preview = await previewImport("ccm", WITH_REFUSED);
    if (!preview.ok) throw new Error("preview refused");
    expect(preview.counts).toEqual({ added: 1, changed: 1, unchanged: 0, refused: 1 });
    expect(preview.rows.map(({ line, outcome, reasons, changes }) => ({ line, outcome, reasons, changes }))).toEqual([
      { line: 2, outcome: "added", reasons: [], changes: [] },
      { line: 3, outcome: "changed", reasons: [], changes: [{ field: "note", before: "", after: "Signed in Oslo." }] },
      {
        line: 4,
        outcome: "refused",
        reasons: ["line 4, deposited_on: must be a real date written YYYY-MM-DD"],
        changes: [],
      },
    ]);

    const before = await footprint();
    const committed = await commitImport(admin, {
      treaty: "ccm",
      csv: WITH_REFUSED,
      fileName: "batch.csv",
      reason: "Depositary check",
      expected: { added: 1, changed: 1 },
    });
    expect(committed).toMatchObject({
      ok: false,
      formError: "Nothing was imported: 1 row is refused. Fix it in the file and preview it again.",
      preview: { counts: { refused: 1 } },
    });
    expect(await footprint()).toEqual(before);
  });

  it("refuses a commit whose preview no longer matches the log, writing nothing", async () => {
    const before = await footprint();
    const committed = await commitImport(admin, {
      treaty: "ccm",
      csv: FIXED,
      fileName: "batch.csv",
      reason: "Depositary check",
      expected: { added: 2, changed: 0 },
    });
    expect(committed).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/the log changed since the preview/),
    });
    expect(await footprint()).toEqual(before);
  });

  it("commits the fixed file: exactly the new and the changed row, each with its audit row", async () => {
    expect(await armeniaOn("2024-01-15")).toBe("not-party");
    const before = await footprint();
    const committed = await commitImport(admin, {
      treaty: "ccm",
      csv: FIXED,
      fileName: "batch.csv",
      reason: "Depositary check",
      expected: { added: 1, changed: 1 },
    });
    expect(committed).toEqual({ ok: true, added: 1, changed: 1, unchanged: 1 });
    const after = await footprint();
    expect(after).toEqual({ actions: before.actions + 1, audit: before.audit + 2, revision: before.revision + 1 });

    const { prisma } = database();
    const audit = await prisma.auditLogEntry.findMany({ where: { userId: admin.id }, orderBy: { id: "asc" } });
    expect(audit.map(({ action, stateIso3, reason }) => ({ action, stateIso3, reason }))).toEqual([
      { action: "create", stateIso3: "ARM", reason: "Bulk import: batch.csv: Depositary check" },
      { action: "update", stateIso3: "NZL", reason: "Bulk import: batch.csv: Depositary check" },
    ]);
    expect(audit[0]).toMatchObject({ before: null, after: { state: "ARM", type: "accession", origin: "admin" } });
    expect(audit[1]).toMatchObject({
      before: { note: null, version: 1, origin: "seed" },
      after: { note: "Signed in Oslo.", version: 2, origin: "admin" },
    });
    expect(await armeniaOn("2024-01-15")).toBe("party");

    // Importing the same file again now changes nothing.
    const again = await previewImport("ccm", FIXED);
    expect(again).toMatchObject({ ok: true, counts: { added: 0, changed: 0, unchanged: 3, refused: 0 } });
  });

  it("refuses a treaty it does not know and a file without a header", async () => {
    expect(await previewImport("atlantis", FIXED)).toEqual({
      ok: false,
      fieldErrors: { treaty: ['"atlantis" is not a treaty this tracker knows'] },
    });
    expect(await previewImport("ccm", ADDED)).toMatchObject({
      ok: false,
      fieldErrors: { file: [expect.stringMatching(/^has no header row/)] },
    });
  });
});
