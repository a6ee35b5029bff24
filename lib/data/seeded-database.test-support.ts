// For integration tests: a fresh database (lib/db/test-database.ts) with the
// shipped seed, made the app's database for the tests of one file.
import { afterAll, beforeAll } from "vitest";
import { loadSeed } from "@/seed/load-seed";
import { readSeed } from "@/seed/read-seed";
import { useDatabaseForTests } from "../db/client";
import { createTestDatabase, type TestDatabase } from "../db/test-database";

/** Registers the file's beforeAll/afterAll hooks; the returned function gives the database inside tests. */
export function withSeededDatabase(): () => TestDatabase {
  let db: TestDatabase | undefined;
  let restoreDatabase = () => undefined as void;
  beforeAll(async () => {
    db = await createTestDatabase();
    await loadSeed(db.prisma, readSeed());
    restoreDatabase = useDatabaseForTests(db);
  });
  afterAll(async () => {
    restoreDatabase();
    await db?.dispose();
  });
  return () => {
    if (!db) throw new Error("the seeded database is only there inside tests (after beforeAll)");
    return db;
  };
}
