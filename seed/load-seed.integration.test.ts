import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../lib/db/test-database";
import { utcDateFromIso } from "../lib/domain/dates";
import { loadSeed } from "./load-seed";
import { SEED_DATA_DIR, SeedValidationError } from "./read-files";
import { readSeed } from "./read-seed";

let db: TestDatabase;
const tempDirs: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.dispose();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** A copy of seed/data with one file changed, for the bad-input cases. */
function seedCopy(change: (dir: string) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), "seed-"));
  tempDirs.push(dir);
  cpSync(SEED_DATA_DIR, dir, { recursive: true });
  change(dir);
  return dir;
}

const ccmFile = (dir: string) => path.join(dir, "actions", "ccm.csv");
const lineCount = (file: string) => readFileSync(file, "utf8").trimEnd().split("\n").length;
const SOURCE = "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-6&chapter=26&clang=_en";

function issuesOf(dir: string): string[] {
  try {
    readSeed(dir, "2026-11-23");
  } catch (error) {
    if (error instanceof SeedValidationError)
      return error.message
        .split("\n")
        .slice(1)
        .map((line) => line.trim());
    throw error;
  }
  return [];
}

describe("seed validation names the file, the line and the field", () => {
  it.each([
    ["an unknown state code", "ZZZ,accession,2021-01-05,,SRC,confirmed,", "state: unknown state code ZZZ"],
    ["an impossible date", "USA,accession,2021-02-30,,SRC,confirmed,", "deposited_on: must be a real date"],
    [
      "a consent before the treaty opened",
      "USA,accession,2007-01-05,,SRC,confirmed,",
      "deposited_on: 2007-01-05 is before",
    ],
    [
      "a second consent without withdrawal",
      "NIU,ratification,2021-03-01,,SRC,confirmed,",
      "action: NIU already consented on 2020-08-06",
    ],
    ["a duplicate row", "NIU,accession,2020-08-06,,SRC,confirmed,", "state: duplicate of line"],
    ["an unknown action", "USA,joined,2021-01-05,,SRC,confirmed,", "action: must be one of"],
    ["a missing source", "USA,accession,2021-01-05,,,confirmed,", "source: is required"],
  ])("rejects %s", (_, row, expected) => {
    const dir = seedCopy((copy) => appendFileSync(ccmFile(copy), `${row.replace("SRC", SOURCE)}\n`));
    const line = lineCount(ccmFile(dir));
    const issues = issuesOf(dir);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain(`actions/ccm.csv:${line} ${expected}`);
  });

  it("reports every problem at once", () => {
    const dir = seedCopy((copy) =>
      appendFileSync(ccmFile(copy), `ZZZ,accession,2021-01-05,,x,confirmed,\nUSA,accession,2021-13-01,,x,confirmed,\n`),
    );
    expect(issuesOf(dir)).toHaveLength(2);
  });

  it("rejects an alias that already names another treaty", () => {
    const dir = seedCopy((copy) => {
      const file = path.join(copy, "treaties.json");
      const treaties = JSON.parse(readFileSync(file, "utf8")) as { slug: string; aliases?: string[] }[];
      const ccm = treaties.find((t) => t.slug === "ccm");
      if (!ccm) throw new Error("ccm missing from treaties.json");
      ccm.aliases = [...(ccm.aliases ?? []), "mine-ban-treaty"];
      writeFileSync(file, JSON.stringify(treaties));
    });
    expect(issuesOf(dir)).toEqual([
      expect.stringContaining('aliases: "mine-ban-treaty" already names mine-ban-treaty'),
    ]);
  });

  it("accepts the shipped data", () => {
    expect(issuesOf(SEED_DATA_DIR)).toEqual([]);
  });
});

describe("loadSeed", () => {
  it("loads everything, then changes nothing on a second run", async () => {
    const data = readSeed();
    const first = await loadSeed(db.prisma, data);
    const actionCount = data.treaties.reduce((sum, { actions }) => sum + actions.length, 0);
    const eventCount = data.treaties.reduce(
      (sum, { obligations }) => sum + obligations.reduce((rows, file) => rows + file.rows.length, 0),
      0,
    );
    expect(first.inserted).toBe(actionCount + eventCount);
    expect(await db.prisma.treatyAction.count()).toBe(actionCount);
    expect(await db.prisma.obligationEvent.count()).toBe(eventCount);
    expect(await db.prisma.state.count()).toBe(data.states.length);

    const second = await loadSeed(db.prisma, data);
    expect(second).toEqual({
      inserted: 0,
      updated: 0,
      removed: 0,
      unchanged: actionCount + eventCount,
      keptAdmin: 0,
      keptDeleted: 0,
    });
  });

  it("never overwrites or removes actions an admin recorded", async () => {
    const ccm = await db.prisma.treaty.findUniqueOrThrow({ where: { slug: "ccm" } });
    const adminRow = await db.prisma.treatyAction.create({
      data: {
        treatyId: ccm.id,
        stateIso3: "TON",
        type: "accession",
        depositedOn: utcDateFromIso("2026-10-01"),
        source: "admin test",
        origin: "admin",
      },
    });
    const niue = await db.prisma.treatyAction.findFirstOrThrow({ where: { treatyId: ccm.id, stateIso3: "NIU" } });
    await db.prisma.treatyAction.update({
      where: { id: niue.id },
      data: { origin: "admin", note: "corrected by an admin" },
    });

    const report = await loadSeed(db.prisma, readSeed());
    expect(report.keptAdmin).toBe(1);
    expect(report.removed).toBe(0);
    expect(await db.prisma.treatyAction.findUnique({ where: { id: adminRow.id } })).not.toBeNull();
    expect((await db.prisma.treatyAction.findUniqueOrThrow({ where: { id: niue.id } })).note).toBe(
      "corrected by an admin",
    );
  });

  it("writes nothing when the transaction fails half way", async () => {
    const before = await db.prisma.treatyAction.count();
    const data = readSeed();
    const broken = structuredClone(data);
    // A state the database does not know makes the last insert fail on its foreign key.
    broken.treaties[1]?.actions.push({
      ...data.treaties[1]!.actions[0]!,
      state: "ZZZ",
      deposited_on: "2026-01-01",
      file: "x",
      line: 0,
    });
    await db.prisma.treatyAction.deleteMany({ where: { origin: "seed", stateIso3: "NIU" } });
    const afterDelete = await db.prisma.treatyAction.count();
    await expect(loadSeed(db.prisma, broken)).rejects.toThrow(/foreign key/i);
    expect(await db.prisma.treatyAction.count()).toBe(afterDelete);
    expect(afterDelete).toBeLessThanOrEqual(before);
  });
});
