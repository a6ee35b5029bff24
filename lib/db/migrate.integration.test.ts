import { afterEach, describe, expect, it } from "vitest";
import { migrate, readMigrations, type Migration } from "./migrate";
import { createTestDatabase, type TestDatabase } from "./test-database";

let db: TestDatabase | undefined;
afterEach(async () => {
  await db?.dispose();
  db = undefined;
});

const migration = (name: string, sql: string): Migration => ({
  name,
  sql,
  checksum: `checksum-of-${sql.length}-${name}`,
});

describe("migrate", () => {
  it("applies every migration to an empty database and records it like Prisma Migrate", async () => {
    db = await createTestDatabase({ migrated: false });
    const result = await migrate(db.driver);
    expect(result.applied).toEqual(readMigrations().map((m) => m.name));
    const recorded = await db.driver.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(recorded.map((r) => [r.migration_name, r.checksum])).toEqual(
      readMigrations().map((m) => [m.name, m.checksum]),
    );
    expect(recorded.every((r) => r.finished_at !== null)).toBe(true);
  });

  it("is idempotent: a second run applies nothing", async () => {
    db = await createTestDatabase();
    const second = await migrate(db.driver);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied.length).toBe(readMigrations().length);
  });

  it("refuses a migration whose file changed after it was applied", async () => {
    db = await createTestDatabase({ migrated: false });
    await migrate(db.driver, [migration("001_a", "CREATE TABLE a (id int)")]);
    await expect(migrate(db.driver, [migration("001_a", "CREATE TABLE a (id bigint)")])).rejects.toThrow(
      /001_a was changed after it was applied/,
    );
  });

  it("rolls back a failing migration completely and records nothing", async () => {
    db = await createTestDatabase({ migrated: false });
    const broken = migration("002_broken", "CREATE TABLE half_done (id int); SELECT * FROM no_such_table;");
    await expect(migrate(db.driver, [migration("001_ok", "CREATE TABLE ok (id int)"), broken])).rejects.toThrow(
      /002_broken failed and was rolled back/,
    );
    const tables = await db.driver.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    );
    expect(tables.map((t) => t.name)).toEqual(["_prisma_migrations", "ok"]);
    const recorded = await db.driver.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations"`,
    );
    expect(recorded.map((r) => r.migration_name)).toEqual(["001_ok"]);
  });

  it("lets the database refuse rows that break its rules", async () => {
    db = await createTestDatabase();
    await expect(
      db.driver.exec(
        `INSERT INTO states (iso3, iso2, iso_numeric, depositary_name, short_name, un_member) VALUES ('xx1', 'XX', '999', 'X', 'X', true)`,
      ),
    ).rejects.toThrow(/states_iso3_format/);
  });
});
