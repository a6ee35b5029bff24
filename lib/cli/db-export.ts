// `npm run db:export -- --out <folder>`: the whole dataset as files (lib/db/backup.ts).
// The files hold password hashes and the audit log: keep them private.
import { exportBackup } from "../db/backup";
import { writeBackupFolder } from "../db/backup-files";
import { beforeDatabase, parseOptions } from "./options";
import { runWithDatabase } from "./run-with-database";

const { out } = await beforeDatabase(() =>
  parseOptions({ out: { type: "string", default: "backup" } }, "npm run db:export -- [--out <folder>]"),
);
await runWithDatabase(async (database) => {
  const backup = await exportBackup(database);
  writeBackupFolder(out, backup);
  const rows = Object.values(backup.manifest.rows).reduce((sum, count) => sum + count, 0);
  console.log(`Exported ${rows} rows of ${database.driver.kind} database ${database.driver.location} to ${out}/.`);
});
