import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { withSeededDatabase } from "../lib/data/seeded-database.test-support";
import { utcDateFromIso } from "../lib/domain/dates";
import { ACTIONS_DIR, exportActions } from "./export-actions";
import { loadSeed } from "./load-seed";
import { SEED_DATA_DIR } from "./read-files";
import { readSeed } from "./read-seed";

const database = withSeededDatabase();
const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "export-"));
  tempDirs.push(dir);
  return dir;
}

const shipped = (file: string) => readFileSync(path.join(ACTIONS_DIR, file), "utf8");

describe("exportActions", () => {
  it("writes the seeded database back as the shipped action files, byte for byte", async () => {
    const out = tempDir();
    const written = await exportActions(database().prisma, out);

    expect(written.map(({ file }) => path.basename(file))).toEqual(readdirSync(ACTIONS_DIR).sort());
    for (const { file, rows, adminRows } of written) {
      expect(readFileSync(file, "utf8")).toBe(shipped(path.basename(file)));
      expect(rows).toBe(shipped(path.basename(file)).trimEnd().split("\n").length - 1);
      expect(adminRows).toBe(0);
    }
  });

  it("includes admin-recorded actions, and loading the export changes nothing", async () => {
    const { prisma } = database();
    const ccm = await prisma.treaty.findUniqueOrThrow({ where: { slug: "ccm" } });
    // Niue's accession (depositary record, 6 Aug 2020), removed and recorded again by an admin.
    const niue = await prisma.treatyAction.findFirstOrThrow({
      where: { treatyId: ccm.id, stateIso3: "NIU", type: "accession" },
    });
    await prisma.treatyAction.delete({ where: { id: niue.id } });
    await prisma.treatyAction.create({
      data: {
        treatyId: ccm.id,
        stateIso3: "NIU",
        type: "accession",
        depositedOn: utcDateFromIso("2020-08-06"),
        source: niue.source,
        confidence: "confirmed",
        origin: "admin",
      },
    });

    const dataDir = tempDir();
    cpSync(SEED_DATA_DIR, dataDir, { recursive: true });
    rmSync(path.join(dataDir, "actions"), { recursive: true });
    const written = await exportActions(prisma, path.join(dataDir, "actions"));

    expect(written.find(({ file }) => file.endsWith("ccm.csv"))?.adminRows).toBe(1);
    const exported = readFileSync(path.join(dataDir, "actions", "ccm.csv"), "utf8");
    expect(exported).toContain(`\nNIU,accession,2020-08-06,,${niue.source},confirmed,\n`);
    expect(exported).toBe(shipped("ccm.csv"));

    const report = await loadSeed(prisma, readSeed(dataDir));
    expect(report).toMatchObject({ inserted: 0, updated: 0, removed: 0, keptAdmin: 1 });
  });
});
