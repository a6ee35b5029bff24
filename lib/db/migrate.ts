// Applies prisma/migrations/<timestamp>_<name>/migration.sql in order, each in
// its own transaction, and records it in Prisma's own _prisma_migrations table
// so `prisma migrate deploy` would agree with us where its engine exists.
// Prisma Migrate itself cannot run here: it needs an engine binary download.
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { UserFacingError } from "../errors";
import type { DatabaseDriver } from "./driver";

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export type Migration = { name: string; sql: string; checksum: string };
export type MigrationResult = { applied: string[]; alreadyApplied: string[] };

export class MigrationError extends UserFacingError {
  override name = "MigrationError";
}

// Same columns as the table Prisma Migrate creates.
const CREATE_HISTORY_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

type HistoryRow = { migration_name: string; checksum: string };

export async function migrate(
  driver: DatabaseDriver,
  migrations: Migration[] = readMigrations(),
): Promise<MigrationResult> {
  await driver.exec(CREATE_HISTORY_TABLE);
  const history = await driver.query<HistoryRow>(
    `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const appliedChecksums = new Map(history.map((row) => [row.migration_name, row.checksum]));
  const result: MigrationResult = { applied: [], alreadyApplied: [] };

  for (const migration of migrations) {
    const recorded = appliedChecksums.get(migration.name);
    if (recorded !== undefined) {
      if (recorded !== migration.checksum) {
        throw new MigrationError(
          `Migration ${migration.name} was changed after it was applied (checksum differs); add a new migration instead of editing prisma/migrations/${migration.name}/migration.sql.`,
        );
      }
      result.alreadyApplied.push(migration.name);
      continue;
    }
    // One transaction per migration: it is applied and recorded, or not at all.
    const id = randomUUID();
    const record = `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
      VALUES ('${id}', '${migration.checksum}', '${migration.name.replaceAll("'", "''")}', now(), 1);`;
    try {
      await driver.exec(`BEGIN;\n${migration.sql}\n;${record}\nCOMMIT;`);
    } catch (error) {
      await driver.exec("ROLLBACK;").catch(() => undefined);
      // Already one sentence for the person running this (a full or read-only data folder).
      if (error instanceof UserFacingError) throw error;
      throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
    }
    result.applied.push(migration.name);
  }
  return result;
}
