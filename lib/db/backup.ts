// The whole dataset as files, and back: every table that holds data someone
// would miss (states, groupings, treaties and their rules, targets, the action
// log, obligation events, the audit log, accounts with their password hashes,
// the data revision), one JSON file per table, rows in key order, so that
// export -> import into an empty database -> export gives identical files.
// Left out: sessions and failed sign-ins (short-lived: a restore signs everyone
// out) and Prisma's migration history (the manifest names the migrations, and
// an import needs a database migrated to the same ones).
//
// Raw SQL through the Prisma client: json_agg / json_populate_recordset are the
// same on a PostgreSQL server and on PGlite, and an import is one transaction.
import { UserFacingError } from "../errors";
import type { Database } from "./client";

/** In foreign-key order: each table's references are imported before it. */
export const BACKUP_TABLES = [
  { table: "states", orderBy: "iso3" },
  { table: "region_groupings", orderBy: "slug" },
  { table: "regions", orderBy: "id", serial: true },
  { table: "region_memberships", orderBy: "region_id, state_iso3" },
  { table: "treaties", orderBy: "id", serial: true },
  { table: "obligation_rules", orderBy: "id", serial: true },
  { table: "targets", orderBy: "id", serial: true },
  { table: "treaty_actions", orderBy: "id", serial: true },
  { table: "obligation_events", orderBy: "id", serial: true },
  { table: "admin_users", orderBy: "id", serial: true },
  { table: "audit_log", orderBy: "id", serial: true },
  { table: "data_revision", orderBy: "id" },
] as const;

export type BackupManifest = {
  format: 1;
  /** The migrations the data was exported under: an import needs exactly these applied. */
  migrations: string[];
  rows: Record<string, number>;
};
export type Backup = { manifest: BackupManifest; tables: Record<string, unknown[]> };

export class BackupError extends UserFacingError {
  override name = "BackupError";
}

async function appliedMigrations(database: Database): Promise<string[]> {
  const rows = await database.prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.name);
}

export async function exportBackup(database: Database): Promise<Backup> {
  const tables: Record<string, unknown[]> = {};
  const rows: Record<string, number> = {};
  // One snapshot of the whole database: a write during the export cannot tear it.
  await database.prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
    for (const { table, orderBy } of BACKUP_TABLES) {
      const [result] = await tx.$queryRawUnsafe<{ rows: unknown[] }[]>(
        `SELECT coalesce(json_agg(t ORDER BY ${orderBy}), '[]'::json) AS rows FROM "${table}" t`,
      );
      tables[table] = result?.rows ?? [];
      rows[table] = tables[table].length;
    }
  });
  return { manifest: { format: 1, migrations: await appliedMigrations(database), rows }, tables };
}

/**
 * Loads a backup into a migrated, empty database (no state, treaty or account:
 * `npm run db:reset` first), all or nothing.
 */
export async function importBackup(database: Database, backup: Backup): Promise<void> {
  if (backup.manifest.format !== 1) throw new BackupError(`manifest.json: format ${backup.manifest.format} is not 1`);
  const here = await appliedMigrations(database);
  if (here.join("\n") !== backup.manifest.migrations.join("\n")) {
    throw new BackupError(
      `the backup was made under migrations ${backup.manifest.migrations.at(-1) ?? "(none)"} and this database has ${here.at(-1) ?? "(none)"}: migrate both to the same version first`,
    );
  }
  for (const { table } of BACKUP_TABLES) {
    const rows = backup.tables[table];
    if (!Array.isArray(rows)) throw new BackupError(`${table}.json: missing or not a list of rows`);
    if (rows.length !== backup.manifest.rows[table])
      throw new BackupError(`${table}.json: ${rows.length} rows, the manifest says ${backup.manifest.rows[table]}`);
  }
  await database.prisma.$transaction(
    async (tx) => {
      for (const { table } of BACKUP_TABLES) {
        const [{ count } = { count: 0 }] = await tx.$queryRawUnsafe<{ count: number }[]>(
          `SELECT count(*)::int AS count FROM "${table}"`,
        );
        if (count > 0 && table !== "data_revision")
          throw new BackupError(`the database is not empty (${table} has ${count} rows): run npm run db:reset first`);
      }
      await tx.$executeRawUnsafe(`DELETE FROM "data_revision"`);
      for (const { table, ...options } of BACKUP_TABLES) {
        await tx.$executeRawUnsafe(
          `INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1::json)`,
          JSON.stringify(backup.tables[table]),
        );
        // The next id after the highest imported one.
        if ("serial" in options)
          await tx.$queryRawUnsafe(
            `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), coalesce(max(id), 1), max(id) IS NOT NULL) FROM "${table}"`,
          );
      }
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
