// Shared frame for the command-line tasks (migrate, seed, reset): open the
// database from the environment, run the task, close, and turn any failure
// into one line on stderr and a non-zero exit, never a stack dump.
import { readDatabaseEnv, type DatabaseEnv } from "../env";
import { closeDatabase, openDatabase, type Database } from "../db/client";
import { openDriver } from "../db/driver";
import { explainDatabaseError } from "../db/errors";

export async function runWithDatabase(task: (database: Database, env: DatabaseEnv) => Promise<void>): Promise<void> {
  let env: DatabaseEnv | undefined;
  let database: Database | undefined;
  try {
    env = readDatabaseEnv();
    database = openDatabase(openDriver(env));
    await task(database, env);
  } catch (error) {
    const target = { databaseUrl: env?.DATABASE_URL, dataDir: env?.PGLITE_DATA_DIR ?? ".data/pglite" };
    console.error(`error: ${explainDatabaseError(error, target)}`);
    process.exitCode = 1;
  } finally {
    if (database) await closeDatabase(database).catch(() => undefined);
  }
}
