// `npm run db:import -- --in <folder>`: loads a backup made by db:export into an
// empty, migrated database (`npm run db:reset` first), all or nothing.
import { importBackup } from "../db/backup";
import { readBackupFolder } from "../db/backup-files";
import { beforeDatabase, parseOptions } from "./options";
import { runWithDatabase } from "./run-with-database";

const backup = await beforeDatabase(() => {
  const { in: dir } = parseOptions(
    { in: { type: "string", default: "backup" } },
    "npm run db:import -- [--in <folder>]",
  );
  return readBackupFolder(dir);
});
await runWithDatabase(async (database) => {
  await importBackup(database, backup);
  const rows = Object.values(backup.manifest.rows).reduce((sum, count) => sum + count, 0);
  console.log(`Imported ${rows} rows into ${database.driver.kind} database ${database.driver.location}.`);
});
