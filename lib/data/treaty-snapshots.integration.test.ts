// The in-memory snapshots follow changes made by another process (the seed, an
// admin) within a second: not only to the action log but to the reference data
// they are built from, which has no update time of its own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeed } from "@/seed/load-seed";
import { readSeed } from "@/seed/read-seed";
import { useDatabaseForTests } from "../db/client";
import { createTestDatabase, type TestDatabase } from "../db/test-database";
import { getTreatySnapshot } from "./treaty-snapshots";

let db: TestDatabase;
let restoreDatabase: () => void = () => undefined;
const afterStampCheck = () => new Promise((resolve) => setTimeout(resolve, 1100));

beforeAll(async () => {
  db = await createTestDatabase();
  await loadSeed(db.prisma, readSeed());
  restoreDatabase = useDatabaseForTests(db);
});
afterAll(async () => {
  restoreDatabase();
  await db?.dispose();
});

describe("treaty snapshots", () => {
  it("pick up a changed state name, treaty alias and target without a restart", async () => {
    expect((await getTreatySnapshot("ccm"))?.states.find((s) => s.iso3 === "NIU")?.shortName).toBe("Niue");
    await db.prisma.state.update({ where: { iso3: "NIU" }, data: { shortName: "Niue Island" } });
    await db.prisma.treaty.update({ where: { slug: "ccm" }, data: { aliases: { push: "oslo-convention" } } });
    const target = await db.prisma.target.findFirstOrThrow();
    await db.prisma.target.update({ where: { id: target.id }, data: { value: target.value + 1 } });
    await afterStampCheck();

    const ccm = await getTreatySnapshot("oslo-convention");
    expect(ccm?.slug).toBe("ccm");
    expect(ccm?.states.find((s) => s.iso3 === "NIU")?.shortName).toBe("Niue Island");
    const snapshots = [ccm, await getTreatySnapshot("mine-ban-treaty")];
    expect(snapshots.flatMap((s) => s?.targets ?? []).find((t) => t.slug === target.slug)?.value).toBe(
      target.value + 1,
    );
  });
});
